using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Security;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using Xunit.Abstractions;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Every operation of the API (read from the application's <see cref="EndpointDataSource"/>) × every role × where the
/// object lies relative to the caller's token, against the table of expected outcomes in <c>AuthorizationMatrix.md</c>.
/// A role outside the row gets 403 <c>auth.forbidden</c> and nothing is written; an allowed role gets, outside its
/// scope, exactly the answer of a missing object (404 for a path identifier) and nothing is written; inside its scope,
/// neither 403 nor that answer; no request ever gets a 5xx.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture, ITestOutputHelper output)
    : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    /// <summary>A version no object reaches: allowed writes stop at 412 after the scope check and change nothing.</summary>
    private const string StaleETag = "\"999999\"";

    private static readonly Guid OwnCell = DemoData.Cell(1);
    private static readonly Guid SiblingCell = DemoData.Cell(2);
    private static readonly Guid ParentCommittee = DemoData.CommitteeId;

    /// <summary>Where the object of a request lies, relative to a token scoped to <see cref="OwnCell"/>.</summary>
    public enum Place
    {
        /// <summary>The operation names no scoped object (reference lists, the calendar, the audit trail, a whole-scope list).</summary>
        None,

        /// <summary>In the token's own cell.</summary>
        Own,

        /// <summary>In a sibling cell of the same committee.</summary>
        Sibling,

        /// <summary>At the committee above the cell.</summary>
        Parent,

        /// <summary>An identifier that exists nowhere.</summary>
        Missing,
    }

    /// <summary>The organisation a token names in <c>org_id</c>.</summary>
    public enum TokenScope
    {
        /// <summary>Admin: no org_id, every organisation.</summary>
        Unscoped,

        /// <summary>org_id = the own cell.</summary>
        Cell,

        /// <summary>org_id = the committee (its whole subtree).</summary>
        Committee,
    }

    /// <summary>The kinds of object a request can name.</summary>
    public enum Kind
    {
        Organization,
        Member,
        Admission,
        Sponsor,
        Transfer,
        Term,
        Body,
        Seat,
        MassOrganization,
        Holiday,
    }

    [Fact]
    public void Every_operation_of_the_api_has_a_row_in_the_table_and_every_row_an_operation()
    {
        var operations = Operations().Select(o => o.Name).ToList();
        var rows = Table().Keys.ToList();

        operations.Count.ShouldBe(operations.Distinct(StringComparer.Ordinal).Count(), "operation names are unique");
        operations.Except(rows, StringComparer.Ordinal).ShouldBeEmpty("operations without a row in AuthorizationMatrix.md");
        rows.Except(operations, StringComparer.Ordinal).ShouldBeEmpty("rows of AuthorizationMatrix.md naming no operation");
        Recipes.Keys.Except(operations, StringComparer.Ordinal).ShouldBeEmpty("request recipes naming no operation");
    }

    [Fact]
    public async Task Every_role_gets_what_its_row_says_in_and_out_of_scope()
    {
        var table = Table();
        var operations = Operations();
        var figures = new Figures();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();

        foreach (var operation in operations)
        {
            var allowedRoles = table[operation.Name];
            var kinds = operation.Kinds();
            var places = Places(kinds);
            figures.Operations++;
            foreach (var role in Roles.All)
            {
                foreach (var token in role == Roles.Admin ? [TokenScope.Unscoped] : new[] { TokenScope.Cell, TokenScope.Committee })
                {
                    var client = fixture.Client(role, token);
                    var allowed = allowedRoles.Contains(role);
                    figures.Tokens.Add((role, token));
                    await TryAsync(operation, role, token, client, allowed, places, figures, failures);
                }
            }
        }

        var summary = $"{figures.Operations} operations × {Roles.All.Count} roles ({figures.Tokens.Count} role tokens: Admin unscoped, the others scoped to a cell and to the committee) × "
            + $"object places (own cell, sibling cell, parent committee, missing; one for unscoped operations): {figures.Requests} requests in {clock.Elapsed.TotalSeconds:0.0} s — "
            + $"{figures.Forbidden} refused 403 by role, {figures.OutOfScope} out of scope answered as missing, {figures.Missing} missing, {figures.InScope} in scope, "
            + $"{figures.Unscoped} allowed on unscoped operations; {figures.WriteChecks} checks that nothing was written.";
        output.WriteLine(summary);
        SecurityFigures.Record("authorization-matrix", new
        {
            figures.Operations,
            Roles = Roles.All.Count,
            RoleTokens = figures.Tokens.Count,
            figures.Requests,
            figures.Forbidden,
            figures.OutOfScope,
            figures.Missing,
            figures.InScope,
            figures.Unscoped,
            figures.WriteChecks,
            Failures = failures.Count,
            Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
        });
        foreach (var (place, count) in figures.ByPlace.OrderBy(p => p.Key))
        {
            output.WriteLine($"  place {place}: {count} requests");
        }

        failures.ShouldBeEmpty(string.Join('\n', failures.Take(60)) + (failures.Count > 60 ? $"\n… and {failures.Count - 60} more" : string.Empty));
    }

    private async Task TryAsync(
        Operation operation, string role, TokenScope token, HttpClient client, bool allowed, IReadOnlyList<Place> places, Figures figures, List<string> failures)
    {
        string Where(Place place) => $"{operation.Name} as {role} ({token} token) on {place}";

        // Everything that must change nothing goes first, then the audit trail (written in the same transaction as
        // every change) must not have moved; then what may write.
        var refused = places.Where(p => !allowed || p == Place.Missing || !InScope(token, p)).ToList();
        var accepted = places.Except(refused).ToList();
        var auditBefore = await fixture.AuditCountAsync();

        Answer? missing = null;
        if (allowed && refused.Contains(Place.Missing))
        {
            missing = await SendAsync(operation, Place.Missing, client, figures);
            figures.Missing++;
            Check(failures, missing.Status < 500, Where(Place.Missing), $"5xx: {missing}");
            Check(failures, missing.Status != 403, Where(Place.Missing), $"403 for an allowed role: {missing}");
            if (operation.HasPathIdentifier)
            {
                Check(failures, missing.Status == 404, Where(Place.Missing), $"expected 404 for a missing object, got {missing}");
            }
        }

        foreach (var place in refused.Where(p => !(allowed && p == Place.Missing)))
        {
            var answer = await SendAsync(operation, place, client, figures);
            Check(failures, answer.Status < 500, Where(place), $"5xx: {answer}");
            if (!allowed)
            {
                figures.Forbidden++;
                Check(failures, answer.Status == 403 && answer.Code == "auth.forbidden", Where(place), $"expected 403 auth.forbidden, got {answer}");
                continue;
            }

            figures.OutOfScope++;
            Check(failures, missing is not null && answer.SameAs(missing), Where(place), $"out of scope must answer as missing ({missing}), got {answer}");
            if (operation.HasPathIdentifier)
            {
                Check(failures, answer.Status == 404, Where(place), $"expected 404 out of scope, got {answer}");
            }
        }

        if (refused.Count > 0)
        {
            figures.WriteChecks++;
            var auditAfter = await fixture.AuditCountAsync();
            Check(failures, auditAfter == auditBefore, $"{operation.Name} as {role} ({token} token)", $"refused requests wrote {auditAfter - auditBefore} audit entries");
        }

        foreach (var place in accepted)
        {
            var answer = await SendAsync(operation, place, client, figures);
            Check(failures, answer.Status < 500, Where(place), $"5xx: {answer}");

            // The request must reach the handler, or the scope was never tried: no 400 (the recipe's body or query is
            // invalid) and no 428 (If-Match missing).
            Check(failures, answer.Status is not (400 or 428), Where(place), $"the request did not reach the handler: {answer}");
            if (place == Place.None)
            {
                figures.Unscoped++;
                Check(failures, answer.Status is not (403 or 404), Where(place), $"expected an answer for an allowed role, got {answer}");
                continue;
            }

            figures.InScope++;
            Check(failures, answer.Status != 403, Where(place), $"403 in scope for an allowed role: {answer}");
            Check(failures, missing is null || !answer.SameAs(missing), Where(place), $"in scope answered as missing: {answer}");
        }
    }

    /// <summary>A token scoped to the own cell reaches the own cell only; one scoped to the committee, and Admin, reach all.</summary>
    private static bool InScope(TokenScope token, Place place) => place == Place.None || token != TokenScope.Cell || place == Place.Own;

    private static void Check(List<string> failures, bool condition, string where, string message)
    {
        if (!condition)
        {
            failures.Add($"{where}: {message}");
        }
    }

    private async Task<Answer> SendAsync(Operation operation, Place place, HttpClient client, Figures figures)
    {
        var ids = fixture.IdsAt(place);
        var recipe = Recipes.GetValueOrDefault(operation.Name) ?? Recipe.Empty;
        var path = operation.Path(ids);
        var query = recipe.Query?.Invoke(fixture, ids);
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), query is null ? path : $"{path}?{query}")
        {
            Content = recipe.Body?.Invoke(fixture, ids),
        };
        if (operation.Method != "GET" && operation.Parameters.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("If-Match", StaleETag);
        }

        var response = await client.SendAsync(request);
        figures.Requests++;
        figures.ByPlace[place] = figures.ByPlace.GetValueOrDefault(place) + 1;
        return await Answer.ReadAsync(response);
    }

    private static List<Place> Places(IReadOnlySet<Kind> kinds)
    {
        if (kinds.Count == 0 || kinds.SetEquals([Kind.Holiday]))
        {
            return [Place.None];
        }

        // Members, admission cases (with their sponsors) and transfers live in cells: none lies at the committee.
        var atCommittee = !kinds.Overlaps([Kind.Member, Kind.Admission, Kind.Sponsor, Kind.Transfer]);
        return atCommittee ? [Place.Own, Place.Sibling, Place.Parent, Place.Missing] : [Place.Own, Place.Sibling, Place.Missing];
    }

    // ---- The operations, from the application's endpoint data source --------------------------------------------------

    private List<Operation> Operations() =>
        [.. fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .Select(Operation.From)
            .OrderBy(o => o.Name, StringComparer.Ordinal)];

    /// <summary>The table file: operation → the roles that may call it.</summary>
    private static Dictionary<string, HashSet<string>> Table()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "Api.Tests", "Platform", "AuthorizationMatrix.md"));
        var header = lines.First(l => l.StartsWith("| operation |", StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToList();
        var roleColumns = Roles.All.ToDictionary(r => r, r => header.IndexOf(r));
        roleColumns.Values.ShouldAllBe(i => i > 0, "every role has a column in AuthorizationMatrix.md");

        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var cells in lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToList()))
        {
            if (!OperationName().IsMatch(cells[1]))
            {
                continue;
            }

            var allowed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (role, column) in roleColumns)
            {
                (cells[column] is "✓" or "—").ShouldBeTrue($"{cells[1]} / {role}: '{cells[column]}' is neither ✓ nor —");
                if (cells[column] == "✓")
                {
                    allowed.Add(role);
                }
            }

            table.Add(cells[1], allowed);
        }

        return table;
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex OperationName();

    /// <summary>One endpoint: its name, method and route pattern, whose parameters are filled with the objects of a place.</summary>
    private sealed record Operation(string Name, string Method, string Pattern, IReadOnlyList<(string Parameter, Kind Kind)> Parameters)
    {
        public bool HasPathIdentifier => Parameters.Any(p => p.Kind != Kind.Holiday);

        public static Operation From(RouteEndpoint endpoint)
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                ?? throw new InvalidOperationException($"{endpoint.RoutePattern.RawText} has no name (WithName).");
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();
            var pattern = endpoint.RoutePattern.RawText!;
            var resource = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries)[2];
            var parameters = endpoint.RoutePattern.Parameters
                .Select(p => (p.Name, p.Name switch
                {
                    "organizationId" => Kind.Organization,
                    "sponsorId" => Kind.Sponsor,
                    "membershipId" => Kind.Seat,
                    "id" => resource switch
                    {
                        "organizations" => Kind.Organization,
                        "members" => Kind.Member,
                        "admissions" => Kind.Admission,
                        "transfers" => Kind.Transfer,
                        "terms" => Kind.Term,
                        "elected-bodies" => Kind.Body,
                        "mass-organizations" => Kind.MassOrganization,
                        "calendar" => Kind.Holiday,
                        _ => throw new InvalidOperationException($"{name}: no fixture for {{id}} of /{resource}; add one to the matrix."),
                    },
                    _ => throw new InvalidOperationException($"{name}: no fixture for the route parameter {{{p.Name}}}; add one to the matrix."),
                }))
                .ToList();
            return new Operation(name, method, pattern, parameters);
        }

        public IReadOnlySet<Kind> Kinds()
        {
            var kinds = Parameters.Select(p => p.Kind).ToHashSet();
            if (Recipes.TryGetValue(Name, out var recipe))
            {
                kinds.UnionWith(recipe.Kinds);
            }

            return kinds;
        }

        public string Path(Ids ids)
        {
            var path = Pattern;
            foreach (var (parameter, kind) in Parameters)
            {
                path = Regex.Replace(path, "\\{" + parameter + "(:[^}]*)?\\}", ids.Of(kind).ToString());
            }

            return path;
        }
    }

    // ---- What each operation sends beyond its path ---------------------------------------------------------------

    /// <summary>The query and body of an operation; <paramref name="Kinds"/> are the scoped objects they name.</summary>
    private sealed record Recipe(Func<Fixture, Ids, string>? Query, Func<Fixture, Ids, HttpContent>? Body, params Kind[] Kinds)
    {
        public static readonly Recipe Empty = new(null, null);
    }

    private static Recipe WithBody(Func<Fixture, Ids, object> body, params Kind[] kinds) =>
        new(null, (f, ids) => JsonContent.Create(body(f, ids), options: HttpExtensions.Json), kinds);

    private static Recipe WithQuery(Func<Fixture, Ids, string> query, params Kind[] kinds) => new(query, null, kinds);

    private static object Candidate(Guid cellId) => new
    {
        organizationId = cellId,
        fullName = "Kim Thị Ma Trận",
        sex = "FEMALE",
        dateOfBirth = "1996-08-20",
        ethnicityCode = "05",
        generalEducation = "UPPER_SECONDARY",
        isYouthUnionMember = false,
    };

    private static Dictionary<string, object?> MemberFields(Fixture f) => new()
    {
        ["fullName"] = "Nguyễn Văn Ma Trận",
        ["sex"] = "MALE",
        ["dateOfBirth"] = "1985-03-02",
        ["ethnicityCode"] = "01",
        ["generalEducation"] = "UPPER_SECONDARY",
        ["professionalLevel"] = "UNIVERSITY",
        ["politicalTheoryLevel"] = "INTERMEDIATE",
        ["admissionDecisionDate"] = "2010-05-19",
        ["ceremonyDate"] = "2010-05-19",
        ["fullMembershipDate"] = "2011-05-19",
        ["partyCardNumber"] = f.TakenCardNumber,
    };

    /// <summary>
    /// Bodies are valid, so that the request reaches the scope check; where an allowed call would otherwise change
    /// something, they collide with what exists (a code, a name, a card number, an open transfer) or the If-Match is
    /// stale, so that the answer is a 4xx after the scope check and the fixtures stay as they are.
    /// </summary>
    private static readonly Dictionary<string, Recipe> Recipes = new(StringComparer.Ordinal)
    {
        // Lists filtered to an organisation's subtree: outside the scope, 404 as for a missing organisation.
        ["ListMembers"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ExportMembers"] = WithQuery((_, ids) => $"format=csv&organizationId={ids.Organization}", Kind.Organization),
        ["GetMembershipStatistics"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&asOf=2024-12-31", Kind.Organization),
        ["ListAdmissions"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListDueAdmissionSteps"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListTransfers"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListElectedBodies"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListMassOrganizations"] = WithQuery((_, ids) => $"leadingOrganizationId={ids.Organization}", Kind.Organization),
        ["GetDateAfterWorkingDays"] = WithQuery((_, _) => "from=2025-01-02&days=5"),

        // Organisations, terms, bodies, mass organisations
        ["CreateOrganization"] = WithBody(
            (_, ids) => new { code = "CB-VP", name = "Chi bộ Ma Trận", type = "PARTY_CELL", unitKind = "ADMINISTRATIVE_AGENCY", parentId = ids.Organization, establishedOn = "2020-01-01" },
            Kind.Organization),
        ["UpdateOrganization"] = WithBody((_, _) => new { name = "Tên mới", establishedOn = "2008-03-15" }),
        ["DissolveOrganization"] = WithBody((_, _) => new { dissolvedOn = "2024-12-31" }),
        ["CreateTerm"] = WithBody((_, _) => Fixture.TermInput),
        ["UpdateTerm"] = WithBody((_, _) => Fixture.TermInput),
        ["CreateElectedBody"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, termId = ids.Term, kind = ids.Place == Place.Parent ? "EXECUTIVE_COMMITTEE" : "CELL_COMMITTEE" },
            Kind.Organization, Kind.Term),
        ["AddBodyMembership"] = WithBody((f, _) => new { memberId = f.IdsAt(Place.Own).Member, role = "MEMBER", startsOn = "2021-01-04" }),
        ["EndBodyMembership"] = WithBody((_, _) => new { endsOn = "2021-06-30" }),
        ["CreateMassOrganization"] = WithBody(
            (_, ids) => new { name = ids.MassOrganizationName, kind = "YOUTH_UNION_CELL", leadingOrganizationId = ids.Organization, establishedOn = "2015-01-01" },
            Kind.Organization),
        ["UpdateMassOrganization"] = WithBody(
            (_, ids) => new { name = "Tên mới", kind = "YOUTH_UNION_CELL", leadingOrganizationId = ids.Organization, establishedOn = "2015-01-01" }),
        ["RecordMassOrganizationMemberCount"] = WithBody((_, _) => new { asOf = "2024-01-01", count = 10 }),
        ["DissolveMassOrganization"] = WithBody((_, _) => new { dissolvedOn = "2024-12-31" }),

        // Members
        ["CreateMember"] = WithBody(
            (f, ids) => new Dictionary<string, object?>(MemberFields(f)) { ["organizationId"] = ids.Organization, ["status"] = "FULL" },
            Kind.Organization),
        ["UpdateMember"] = WithBody((f, _) => MemberFields(f)),
        ["ChangeMemberStatus"] = WithBody((_, _) => new { status = "SUSPENDED", effectiveOn = "2024-01-02", decisionNumber = "1-QĐ" }),
        ["RecognizeFullMembership"] = WithBody((_, _) => new { recognizedOn = "2024-01-02", decisionNumber = "1-QĐ" }),
        ["ImportMembers"] = new(
            (_, _) => "dryRun=true",
            (_, _) =>
            {
                var csv = "fullName,sex,dateOfBirth,ethnicityCode,generalEducation,professionalLevel,politicalTheoryLevel,admissionDecisionDate,cellCode,status\n"
                    + "Lê Thị Ma Trận,FEMALE,1990-02-03,01,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,2015-03-02,CB-VP,PROBATIONARY\n";
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                return new MultipartFormDataContent { { file, "file", "members.csv" } };
            }),

        // Admissions
        ["CreateAdmission"] = WithBody((_, ids) => Candidate(ids.Organization), Kind.Organization),
        ["UpdateAdmissionCandidate"] = WithBody((_, _) => new
        {
            fullName = "Kim Thị Ma Trận",
            sex = "FEMALE",
            dateOfBirth = "1996-08-20",
            ethnicityCode = "05",
            generalEducation = "UPPER_SECONDARY",
            isYouthUnionMember = false,
        }),
        ["RecordAdmissionCourse"] = WithBody((_, _) => new { completedOn = "2022-11-15", certificateNumber = "1-GCN" }),
        ["AssignAdmissionSponsor"] = WithBody((_, ids) => new { kind = "FULL_MEMBER", memberId = ids.Member, workedTogetherSince = "2020-01-01", assignedOn = "2022-12-01" }),
        ["RemoveAdmissionSponsor"] = WithBody((_, _) => new { }),
        ["RecordAdmissionCellResolution"] = WithBody((_, _) => new { resolvedOn = "2023-01-09", number = "1-NQ" }),
        ["RecordAdmissionCommitteeDecision"] = WithBody((_, _) => new { decidedOn = "2023-03-13", number = "1-QĐ" }),
        ["HoldAdmissionCeremony"] = WithBody((_, _) => new { heldOn = "2023-03-31" }),
        ["RecognizeAdmissionFullMembership"] = WithBody((_, _) => new { recognizedOn = "2024-04-02", number = "2-QĐ" }),
        ["RemoveAdmissionProbationaryName"] = WithBody((_, _) => new { removedOn = "2024-01-02", number = "3-QĐ", reason = "Không đủ tư cách" }),
        ["CloseAdmission"] = WithBody((_, _) => new { closedOn = "2023-01-02", reason = "Rút hồ sơ" }),

        // Transfers: the member already has an open transfer, so an allowed request is refused after the scope check.
        ["RequestTransfer"] = WithBody(
            (_, ids) => new { memberId = ids.Member, kind = "OFFICIAL", direction = "OUTGOING", purpose = "WORK", externalOrganization = Fixture.External, requestedOn = "2025-03-04" },
            Kind.Member),
        ["SendTransfer"] = WithBody((_, _) => new { sentOn = "2025-03-05" }),
        ["ReceiveTransfer"] = WithBody((_, _) => new { receivedOn = "2025-03-06" }),
        ["RejectTransfer"] = WithBody((_, _) => new { rejectedOn = "2025-03-06", reason = "Thử" }),

        // Cards and badges (ADR 0020): a stale If-Match, a badge the member's seniority cannot reach.
        ["IssuePartyCard"] = WithBody((_, _) => new { number = "99999999", issuedOn = "2024-01-02", decisionNumber = "1-QĐ" }),
        ["ReissuePartyCard"] = WithBody((_, _) => new { reason = "LOST", issuedOn = "2024-01-02", decisionNumber = "1-QĐ" }),
        ["AwardPartyBadge"] = WithBody((_, _) => new { years = 90, roundDate = "2024-09-02", basis = "REGULAR" }),
        ["ListBadgeEligibility"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&roundDate=2024-09-02", Kind.Organization),

        // Reports: a subtree, so that outside the scope the answer is that of a missing organisation.
        ["GetMembershipMovements"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&from=2020-01-01&to=2020-12-31", Kind.Organization),
        ["ExportMembershipMovements"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&from=2020-01-01&to=2020-12-31", Kind.Organization),
        ["GetMemberQualityForm"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&asOf=2020-12-31", Kind.Organization),
        ["ExportMemberQualityForm"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&asOf=2020-12-31", Kind.Organization),
        ["GetEthnicityReligionForm"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&asOf=2020-12-31", Kind.Organization),
        ["ExportEthnicityReligionForm"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&asOf=2020-12-31", Kind.Organization),

        // Reorganisation: an organisation under itself (a cycle) in scope; the new parent missing or outside: not found.
        ["ReorganizeOrganizations"] = WithBody(
            (_, ids) => new { toParentId = ids.Organization, organizationIds = new[] { ids.Organization }, effectiveOn = "2025-03-01" },
            Kind.Organization),

        // Calendar: a date that already has a holiday.
        ["CreatePublicHoliday"] = WithBody((f, _) => new { date = Fixture.HolidayDate, nameVi = "Ngày thử", nameEn = "Test day" }),
        ["UpdatePublicHoliday"] = WithBody((_, _) => new { date = Fixture.HolidayDate, nameVi = "Ngày thử", nameEn = "Test day" }),
    };

    // ---- Answers -------------------------------------------------------------------------------------------------------

    /// <summary>Status, problem code and the problem's shape with identifiers blanked (to compare out of scope with missing).</summary>
    private sealed partial record Answer(int Status, string? Code, string Shape)
    {
        public bool SameAs(Answer other) => Status == other.Status && Code == other.Code && Shape == other.Shape;

        public static async Task<Answer> ReadAsync(HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return new Answer(status, null, string.Empty);
            }

            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
            var shape = string.Join(
                ';',
                root.EnumerateObject()
                    .Where(p => p.Name is not ("traceId" or "instance"))
                    .OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => $"{p.Name}={Identifiers().Replace(p.Value.GetRawText(), "{id}")}"));
            return new Answer(status, code, shape);
        }

        public override string ToString() => $"{Status} {Code}";

        [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
        private static partial Regex Identifiers();
    }

    private sealed class Figures
    {
        public int Operations { get; set; }

        public HashSet<(string Role, TokenScope Token)> Tokens { get; } = [];

        public int Requests { get; set; }

        public int Forbidden { get; set; }

        public int OutOfScope { get; set; }

        public int Missing { get; set; }

        public int InScope { get; set; }

        public int Unscoped { get; set; }

        public int WriteChecks { get; set; }

        public Dictionary<Place, int> ByPlace { get; } = [];
    }

    // ---- Fixtures --------------------------------------------------------------------------------------------------------

    /// <summary>The objects of one place.</summary>
    public sealed record Ids(
        Place Place,
        Guid Organization,
        Guid Member,
        Guid Admission,
        Guid Sponsor,
        Guid Transfer,
        Guid Term,
        Guid Body,
        Guid Seat,
        Guid MassOrganization,
        string MassOrganizationName,
        Guid Holiday)
    {
        public Guid Of(Kind kind) => kind switch
        {
            Kind.Organization => Organization,
            Kind.Member => Member,
            Kind.Admission => Admission,
            Kind.Sponsor => Sponsor,
            Kind.Transfer => Transfer,
            Kind.Term => Term,
            Kind.Body => Body,
            Kind.Seat => Seat,
            Kind.MassOrganization => MassOrganization,
            _ => Holiday,
        };
    }

    /// <summary>
    /// One API on one database for the whole matrix, with an object of every kind in the own cell, in a sibling cell and
    /// (where the kind exists there) at the committee, created through the API as Admin.
    /// </summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const string HolidayDate = "2031-09-03";
        public const string External = "Đảng bộ Sở Y tế tỉnh Sóc Trăng";

        public static readonly object TermInput = new { name = "2020–2025", congressNumber = 1, startsOn = "2020-05-20", endsOn = "2025-05-31" };

        private static readonly Guid DemoExecutiveCommittee = Guid.Parse("0195a000-0000-7000-8002-000000000011");
        private static readonly Guid DemoTradeUnion = Guid.Parse("0195a000-0000-7000-8003-000000000001");

        private readonly Dictionary<(string, TokenScope), HttpClient> clients = [];
        private readonly Dictionary<Place, Ids> places = [];
        private SqliteConnection? audit;

        public ApiFactory Factory { get; } = new();

        public string TakenCardNumber { get; private set; } = string.Empty;

        public HttpClient Client(string role, TokenScope token)
        {
            if (!clients.TryGetValue((role, token), out var client))
            {
                Guid? scope = token switch { TokenScope.Cell => OwnCell, TokenScope.Committee => ParentCommittee, _ => null };
                clients[(role, token)] = client = Factory.ClientAs(role, scope, subject: $"matrix-{role}-{token}".ToLowerInvariant());
            }

            return client;
        }

        public Ids IdsAt(Place place) => places[place == Place.None ? Place.Own : place];

        /// <summary>Rows of the audit trail, which every change writes in its own transaction (read on a connection of the test's own).</summary>
        public async Task<long> AuditCountAsync()
        {
            if (audit is null)
            {
                audit = new SqliteConnection(Factory.Settings["ConnectionStrings:Default"]);
                await audit.OpenAsync();
            }

            await using var command = audit.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM AuditEntries";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public async Task InitializeAsync()
        {
            var admin = Client(Roles.Admin, TokenScope.Unscoped);
            TakenCardNumber = await Factory.WithDbAsync(db => db.Members.Where(m => m.PartyCardNumber != null).Select(m => m.PartyCardNumber!).FirstAsync());
            var holiday = await PostAsync(admin, "/api/v1/calendar/holidays", new { date = HolidayDate, nameVi = "Ngày nghỉ ma trận", nameEn = "Matrix day off" });

            foreach (var (place, cell) in new[] { (Place.Own, OwnCell), (Place.Sibling, SiblingCell) })
            {
                places[place] = await CellObjectsAsync(admin, place, cell, holiday.GetProperty("id").GetGuid());
            }

            var executive = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/elected-bodies/{DemoExecutiveCommittee}", HttpExtensions.Json);
            var tradeUnion = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/mass-organizations/{DemoTradeUnion}", HttpExtensions.Json);
            var none = Guid.Empty;
            places[Place.Parent] = new Ids(
                Place.Parent, ParentCommittee, none, none, none, none, DemoDataSeeder.TermId, DemoExecutiveCommittee,
                executive.GetProperty("memberships")[0].GetProperty("id").GetGuid(), DemoTradeUnion, tradeUnion.GetProperty("name").GetString()!,
                holiday.GetProperty("id").GetGuid());
            places[Place.Missing] = new Ids(
                Place.Missing, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
                Guid.NewGuid(), Guid.NewGuid(), "Không có", holiday.GetProperty("id").GetGuid());
        }

        public async Task DisposeAsync()
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            if (audit is not null)
            {
                await audit.DisposeAsync();
            }

            Factory.Dispose();
        }

        private async Task<Ids> CellObjectsAsync(HttpClient admin, Place place, Guid cell, Guid holiday)
        {
            var member = await Factory.AddMemberAsync(cell, place == Place.Own ? "Đinh Văn Một" : "Đinh Văn Hai", admittedOn: new DateOnly(2010, 5, 19));

            var transfer = await PostAsync(admin, "/api/v1/transfers", new
            {
                memberId = member, kind = "OFFICIAL", direction = "OUTGOING", purpose = "WORK", externalOrganization = External, requestedOn = "2025-03-03",
            });

            var admission = await PostAsync(admin, "/api/v1/admissions", Candidate(cell));
            admission = await PostAsync(admin, $"/api/v1/admissions/{Id(admission)}/course", new { completedOn = "2022-11-15", certificateNumber = "1-GCN" }, admission);
            admission = await PostAsync(
                admin, $"/api/v1/admissions/{Id(admission)}/sponsors", new { kind = "FULL_MEMBER", memberId = member, workedTogetherSince = "2020-01-01", assignedOn = "2022-12-01" }, admission);

            var term = await PostAsync(admin, $"/api/v1/organizations/{cell}/terms", TermInput);
            var body = await PostAsync(admin, "/api/v1/elected-bodies", new { organizationId = cell, termId = Id(term), kind = "CELL_COMMITTEE" });
            body = await PostAsync(admin, $"/api/v1/elected-bodies/{Id(body)}/memberships", new { memberId = member, role = "SECRETARY", startsOn = "2020-06-01" }, body);

            var massName = $"Chi đoàn ma trận {place}";
            var mass = await PostAsync(admin, "/api/v1/mass-organizations", new { name = massName, kind = "YOUTH_UNION_CELL", leadingOrganizationId = cell, establishedOn = "2015-01-01" });

            return new Ids(
                place, cell, member, Id(admission), admission.GetProperty("sponsors")[0].GetProperty("id").GetGuid(), Id(transfer), Id(term), Id(body),
                body.GetProperty("memberships")[0].GetProperty("id").GetGuid(), Id(mass), massName, holiday);
        }

        private static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();

        private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body, JsonElement? current = null)
        {
            var response = await client.PostJsonAsync(url, body, current is { } c ? $"\"{c.GetProperty("version").GetInt64()}\"" : null);
            var text = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}

/// <summary>Every /api endpoint requires authorisation and names a policy of its own; none relies on the fallback alone.</summary>
public sealed class EndpointAuthorizationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// Endpoints that are deliberately anonymous. Nothing under /api is. The OpenAPI document is anonymous only where
    /// <c>Swagger:AllowAnonymous</c> says so (Development and this test host); elsewhere it requires the reference policy.
    /// </summary>
    private static readonly HashSet<string> Anonymous = ["/health/live", "/health/ready", "/swagger/{documentName}/swagger.json"];

    [Fact]
    public void Every_endpoint_names_a_known_policy_and_only_the_allow_list_is_anonymous()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)).ShouldBeGreaterThan(60);

        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (Anonymous.Contains(route))
            {
                if (!anonymous)
                {
                    problems.Add($"{route}: on the anonymous allow-list but not anonymous");
                }

                continue;
            }

            if (anonymous)
            {
                problems.Add($"{route}: anonymous");
            }

            if (policies.Count == 0 || policies.Any(p => p is null))
            {
                problems.Add($"{route}: no named policy (only the fallback, or an unnamed [Authorize])");
            }

            problems.AddRange(policies.OfType<string>().Where(p => !Policies.RolesByPolicy.ContainsKey(p)).Select(p => $"{route}: unknown policy {p}"));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_policy_is_used_and_names_known_roles()
    {
        var used = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>())
            .Select(a => a.Policy)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        Policies.RolesByPolicy.Keys.Except(used).ShouldBeEmpty("policies no endpoint names");
        Policies.RolesByPolicy.Values.SelectMany(r => r).Except(Roles.All).ShouldBeEmpty("unknown roles");
    }

    [Fact]
    public async Task Api_responses_are_not_stored_by_caches()
    {
        var client = factory.ClientAs(Roles.Admin, null);

        foreach (var response in new[]
        {
            await client.GetAsync($"/api/v1/organizations/{DemoData.CommitteeId}"),
            await client.GetAsync($"/api/v1/members/{DemoMembers.Id(0)}"),
            await client.GetAsync("/api/v1/members/export?format=csv"),
            await client.GetAsync($"/api/v1/members/{Guid.NewGuid()}"),
            await factory.CreateClient().GetAsync("/api/v1/members"),
        })
        {
            response.Headers.CacheControl!.NoStore.ShouldBeTrue($"{response.RequestMessage!.RequestUri} {(int)response.StatusCode}");
            response.Headers.Pragma.ToString().ShouldBe("no-cache");
        }
    }
}
