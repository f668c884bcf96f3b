// Compiled with `tsc --strict --noEmit` by .ci/contract-lint.sh against the client that openapi-typescript generates
// from openapi/v1.json: what a frontend or a province system writes must type-check as it is.
import type { components, paths } from "./generated/api";

type Problem = components["schemas"]["Problem"];
type ValidationProblem = components["schemas"]["ValidationProblem"];
type CreateOrganization = paths["/api/v1/organizations"]["post"]["requestBody"]["content"]["application/json"];
type UpdateOrganization = paths["/api/v1/organizations/{id}"]["put"];
type MemberQuery = NonNullable<paths["/api/v1/members"]["get"]["parameters"]["query"]>;
type ExportFormat = NonNullable<paths["/api/v1/members/export"]["get"]["parameters"]["query"]>["format"];
type CreatedOrganization = paths["/api/v1/organizations"]["post"]["responses"][201];

const create: CreateOrganization = {
  code: "CB-NCC",
  name: "Chi bộ Phòng Người có công",
  type: "PARTY_CELL",
  unitKind: "ADMINISTRATIVE_AGENCY",
  parentId: "0195a000-0000-7000-8000-000000000001",
  establishedOn: "2015-01-05",
};

// A guarded change carries If-Match as a declared, required header.
const update: UpdateOrganization["parameters"] = {
  path: { id: "0195a000-0000-7000-8000-000000000101" },
  header: { "If-Match": "\"1\"" },
};

const query: MemberQuery = { status: "FULL", sex: "FEMALE", sort: "-admissionDecisionDate", page: 1, pageSize: 100 };
const format: ExportFormat = "xlsx";

// @ts-expect-error enum codes are upper case, exactly
const lowerCase: MemberQuery = { status: "full" };

// @ts-expect-error sort takes the documented fields only
const unknownSort: MemberQuery = { sort: "shoeSize" };

function describe(problem: Problem | ValidationProblem): string {
  const fields = "errorDetails" in problem ? problem.errorDetails.map((e) => `${e.field} (${e.code}): ${e.message}`) : [];
  return [`${problem.status} ${problem.code}: ${problem.detail}`, `trace ${problem.traceId}`, ...fields].join("\n");
}

function location(response: CreatedOrganization): string {
  return response.headers.Location;
}

export { create, update, query, format, lowerCase, unknownSort, describe, location };
