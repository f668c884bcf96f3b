using PartyCommittee.Api.Common;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartyCommittee.Api.OpenApi;

/// <summary>
/// Request examples per operation, on the demo data (src/Infrastructure/Persistence/Seeding): Swagger UI pre-fills
/// the body with them, and each succeeds against a freshly loaded demo database (the update examples keep the demo
/// record as it is, so they succeed with the ETag from a read). A test sends every one of them.
/// </summary>
public static class RequestExamples
{
    public const string Committee = "0195a000-0000-7000-8000-000000000001";
    public const string Cell1 = "0195a000-0000-7000-8000-000000000101";
    public const string Cell3 = "0195a000-0000-7000-8000-000000000103";
    public const string DemoTerm = "0195a000-0000-7000-8002-000000000001";
    public const string DemoMassOrganization = "0195a000-0000-7000-8003-000000000005";
    public const string DemoMember = "0195a000-0000-7000-8001-000000000011";

    /// <summary>The demo member the update example is for: its name and date of birth change only by a decision, so the example keeps them.</summary>
    private static readonly Infrastructure.Persistence.Seeding.DemoIdentity UpdatedMember =
        Infrastructure.Persistence.Seeding.DemoIdentity.Of(Guid.Parse(DemoMember));

    /// <summary>operationId → (path the example is meant for, body).</summary>
    public static IReadOnlyDictionary<string, (string Path, string Body)> ByOperation { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["CreateReporter"] = ("/api/v1/reporters", """
            {"clientId": "province-training", "scope": {"name": "Hệ thống quản lý giáo dục nghề nghiệp tỉnh", "orgUnits": ["94"],
             "dataElements": ["WORKERS_TRAINED", "WORKERS_CERTIFIED"], "isActive": true}}
            """),
        ["UpdateReporter"] = ("/api/v1/reporters/0195a000-0000-7000-8405-000000000011", """
            {"name": "Hệ thống thông tin thị trường lao động tỉnh", "orgUnits": ["94"],
             "dataElements": ["JOBS_LABOUR_EXPORT", "JOBS_NEW", "LABOUR_FORCE", "UNEMPLOYED", "WORKERS_CERTIFIED", "WORKERS_TRAINED", "WORKFORCE"], "isActive": true}
            """),
        ["CreateResolution"] = ("/api/v1/resolutions", $$$"""
            {"organizationId": "{{{Committee}}}", "kind": "RESOLUTION", "header": {"number": "05-NQ/ĐU", "issuedOn": "2021-01-08",
             "issuer": "Ban Chấp hành Đảng bộ Sở", "title": "Nghị quyết về nhiệm vụ năm 2021", "fromYear": 2021, "toYear": 2021}}
            """),
        ["UpdateResolution"] = ("/api/v1/resolutions/0195a000-0000-7000-8405-000000000001", """
            {"number": "NQ-2020/ĐU", "issuedOn": "2020-01-10", "issuer": "Ban Chấp hành Đảng bộ Sở", "title": "Nghị quyết về nhiệm vụ năm 2020",
             "fromYear": 2020, "toYear": 2020}
            """),
        ["CreateDocument"] = ("/api/v1/documents", $$"""
            {"organizationId": "{{Committee}}", "number": "07-NQ/ĐU", "issuedOn": "2021-01-15", "issuer": "Ban Chấp hành Đảng bộ Sở",
             "kind": "RESOLUTION", "title": "Nghị quyết về nhiệm vụ công tác xây dựng Đảng năm 2021"}
            """),
        ["CreateOrganization"] = ("/api/v1/organizations", $$"""
            {"code": "CB-NCC", "name": "Chi bộ Phòng Người có công", "shortName": "CB NCC", "type": "PARTY_CELL",
             "unitKind": "ADMINISTRATIVE_AGENCY", "parentId": "{{Committee}}", "establishedOn": "2015-01-05"}
            """),
        ["CreateInspectionProgramme"] = ("/api/v1/inspection-programmes", $$"""
            {"organizationId": "{{Committee}}", "year": 2021, "issuedBy": "STANDING_COMMITTEE", "documentNumber": "02-CTr/ĐU",
             "issuedOn": "2020-12-28", "items": [{"kind": "THEMATIC_SUPERVISION", "subjectType": "CELL", "organizationId": "{{Cell3}}",
             "topicCode": "NQ04-TW4-XII", "quarter": 2}]}
            """),
        ["UpdateInspectionProgramme"] = ("/api/v1/inspection-programmes/0195a000-0000-7000-8004-000000000001", $$"""
            {"year": 2020, "issuedBy": "INSPECTION_COMMISSION", "documentNumber": "01-CTr/UBKT", "issuedOn": "2020-01-10",
             "items": [{"kind": "THEMATIC_INSPECTION", "subjectType": "CELL", "organizationId": "{{Cell3}}", "topicCode": "CT05-2016", "quarter": 2}]}
            """),
        ["CreateDenunciation"] = ("/api/v1/denunciations", $$"""
            {"organizationId": "{{Committee}}", "subjectKind": "MEMBER", "memberId": "{{DemoMember}}", "receivedOn": "2021-03-01",
             "denouncerName": "Phạm Văn Tín", "denouncerAddress": "Tổ dân phố Hai, phường Ba",
             "content": "Tố cáo đảng viên không trung thực trong kê khai tài sản năm 2020"}
            """),
        ["CreateDisciplineComplaint"] = ("/api/v1/discipline-complaints", """
            {"disciplinaryActionId": "0195a000-0000-7000-8204-000000000001", "complainantName": "Người bị kỷ luật",
             "decisionReceivedOn": "2020-07-08", "receivedOn": "2020-07-15", "content": "Đề nghị xem xét lại hình thức khiển trách"}
            """),
        ["CreateInspectionTopic"] = ("/api/v1/inspection-topics", $$"""
            {"organizationId": "{{Committee}}", "code": "ORG-CT-2021", "nameVi": "Chương trình hành động thực hiện Nghị quyết Đại hội XIII",
             "nameEn": "Action programme for the 13th Congress resolution", "document": "Chương trình hành động số 01-CTr/ĐU năm 2021", "addedOn": "2021-03-01"}
            """),
        ["UpdateOrganization"] = ($"/api/v1/organizations/{Cell1}", $$"""
            {"name": "Chi bộ Văn phòng Sở", "shortName": "CB Văn phòng", "unitKind": "ADMINISTRATIVE_AGENCY",
             "parentId": "{{Committee}}", "establishedOn": "2008-03-15"}
            """),
        ["CreateMember"] = ("/api/v1/members", $$"""
            {"fullName": "Trần Thị Mỹ Linh", "sex": "FEMALE", "dateOfBirth": "1990-04-12", "placeOfBirth": "Sóc Trăng",
             "homeTown": "Sóc Trăng", "ethnicityCode": "01", "religion": null, "citizenId": "094190001234",
             "generalEducation": "UPPER_SECONDARY", "professionalLevel": "UNIVERSITY", "politicalTheoryLevel": "INTERMEDIATE",
             "position": "Chuyên viên", "phone": "0299 3822 123", "email": "linh.tt@soldtbxh.example", "address": "Phường 6, thành phố Sóc Trăng",
             "isProvincialCommitteeMember": false, "partyCardNumber": "79012345", "recordNumber": "012345ST",
             "admissionDecisionDate": "2015-06-10", "admissionDecisionNumber": "125-QĐ/ĐU", "ceremonyDate": "2015-06-24",
             "fullMembershipDate": "2016-07-15", "organizationId": "{{Cell1}}", "status": "FULL", "statusSince": "2016-07-15",
             "statusDecisionNumber": "210-QĐ/ĐU"}
            """),
        ["UpdateMember"] = ($"/api/v1/members/{DemoMember}", $$"""
            {"fullName": "{{UpdatedMember.FullName}}", "sex": "{{UpdatedMember.Sex}}", "dateOfBirth": "{{UpdatedMember.DateOfBirth}}", "placeOfBirth": "Sóc Trăng",
             "homeTown": "Sóc Trăng", "ethnicityCode": "01", "religion": null, "citizenId": "094190001235",
             "generalEducation": "UPPER_SECONDARY", "professionalLevel": "UNIVERSITY", "politicalTheoryLevel": "INTERMEDIATE",
             "position": "Chuyên viên", "phone": "0299 3822 124", "email": "linh.tt@soldtbxh.example", "address": "Phường 6, thành phố Sóc Trăng",
             "isProvincialCommitteeMember": false, "recordNumber": "012346ST",
             "admissionDecisionDate": "2015-06-10", "admissionDecisionNumber": "125-QĐ/ĐU", "ceremonyDate": "2015-06-24",
             "fullMembershipDate": "2016-07-15"}
            """),
        ["CreateTerm"] = ($"/api/v1/organizations/{Committee}/terms", """
            {"name": "2025–2030", "congressNumber": 10, "startsOn": "2025-06-01", "endsOn": "2030-05-31"}
            """),
        ["UpdateTerm"] = ($"/api/v1/terms/{DemoTerm}", """
            {"name": "2020–2025", "congressNumber": 9, "startsOn": "2020-05-20", "endsOn": "2025-05-31"}
            """),
        ["CreateMassOrganization"] = ("/api/v1/mass-organizations", $$"""
            {"name": "Chi hội Phụ nữ Sở Lao động – Thương binh và Xã hội", "kind": "WOMEN_UNION",
             "leadingOrganizationId": "{{Committee}}", "establishedOn": "2010-03-08"}
            """),
        ["UpdateMassOrganization"] = ($"/api/v1/mass-organizations/{DemoMassOrganization}", $$"""
            {"name": "Chi đoàn Sở Lao động – Thương binh và Xã hội", "kind": "YOUTH_UNION_CELL",
             "leadingOrganizationId": "{{Committee}}", "establishedOn": "2009-01-01"}
            """),
        ["CreateAdmission"] = ("/api/v1/admissions", $$"""
            {"organizationId": "{{Cell1}}", "fullName": "Lê Văn Hậu", "sex": "MALE", "dateOfBirth": "1998-09-02",
             "ethnicityCode": "01", "generalEducation": "UPPER_SECONDARY", "isYouthUnionMember": true}
            """),
        ["CreatePublicHoliday"] = ("/api/v1/calendar/holidays", """
            {"date": "2027-01-01", "nameVi": "Tết Dương lịch", "nameEn": "New Year's Day"}
            """),
        ["UpdatePublicHoliday"] = ("/api/v1/calendar/holidays/{id of the 2026-01-01 holiday}", """
            {"date": "2026-01-01", "nameVi": "Tết Dương lịch", "nameEn": "New Year's Day"}
            """),
        ["UpdateDocument"] = EvaluationExamples.UpdateDocument(),
        ["UpdateEmulationModel"] = EvaluationExamples.UpdateEmulationModel(),
        ["UpdateMeeting"] = EvaluationExamples.UpdateMeeting(),
        ["UpdateReviewTemplate"] = EvaluationExamples.UpdateReviewTemplate(),
        ["UpdateMonthlyReview"] = EvaluationExamples.UpdateMonthlyReview(),
        ["CreateReviewTemplate"] = ("/api/v1/review-templates", $$"""
            {"organizationId": "{{Committee}}", "name": "Tiêu chí đánh giá, nhận xét đảng viên hằng tháng năm 2021", "effectiveFrom": "2021-01-01",
             "criteria": [
               {"code": "TT", "group": "Nghị quyết 04-NQ/TW", "text": "Không có biểu hiện suy thoái về tư tưởng chính trị", "textEn": "No sign of political-ideological degradation"},
               {"code": "NV", "group": "Nhiệm vụ", "text": "Hoàn thành nhiệm vụ chuyên môn được giao trong tháng", "textEn": "Completed the month's assigned work"}]}
            """),
        ["CreateMassOrganizationRating"] = ("/api/v1/mass-organization-ratings", """
            {"massOrganizationId": "0195a000-0000-7000-8003-000000000001", "year": 2021, "level": "STRONG", "decidedOn": "2021-12-28",
             "decisionNumber": "60-QĐ/ĐU", "note": "Hoàn thành các chỉ tiêu năm 2021"}
            """),
        ["CreateCivilServantRating"] = ("/api/v1/civil-servant-ratings", $$"""
            {"memberId": "{{DemoMember}}", "year": 2021, "level": "GOOD", "decidedOn": "2021-12-24", "decisionNumber": "130/QĐ-SLĐTBXH"}
            """),
        ["UpdateCivilServantRating"] = ("/api/v1/civil-servant-ratings/0195a000-0000-7000-8605-000000002000", $$"""
            {"organizationId": "{{Cell1}}", "year": 2020, "fullName": "Lê Thị Kiều", "dateOfBirth": "1992-04-12", "level": "GOOD",
             "decidedOn": "2020-12-25", "decisionNumber": "125/QĐ-SLĐTBXH"}
            """),
        ["OpenRatingCampaign"] = ("/api/v1/rating-campaigns", $$"""
            {"organizationId": "{{Committee}}", "year": 2021, "openedOn": "2021-12-01",
             "plan": {"selfAssessment": "2021-12-06", "cellReview": "2021-12-13", "committeeAppraisal": "2021-12-20", "decision": "2021-12-24", "published": "2021-12-30"} }
            """),
        ["RequestTransfer"] = ("/api/v1/transfers", $$"""
            {"memberId": "{{DemoMember}}", "kind": "OFFICIAL", "direction": "INTERNAL", "purpose": "WORK",
             "toOrganizationId": "{{Cell3}}", "externalOrganization": null, "requestedOn": "2026-03-02",
             "temporaryUntil": null, "decisionNumber": "15-QĐ/ĐU"}
            """),
        ["RegisterTemporaryGuest"] = ("/api/v1/temporary-guests", $$"""
            {"hostOrganizationId": "{{Cell3}}", "fullName": "Huỳnh Văn Sinh Hoạt", "dateOfBirth": "1988-06-15",
             "partyCardNumber": "79067890", "homeOrganization": "Chi bộ Phòng Tổ chức cán bộ",
             "homeCommittee": "Đảng bộ Sở Nội vụ tỉnh Hậu Giang", "letterNumber": "21-GTT/ĐU", "letterDate": "2026-03-02",
             "purpose": "WORK", "presentedOn": "2026-03-09", "until": "2026-12-31"}
            """),
        ["CreateElection"] = ("/api/v1/elections", $$"""
            {"organizationId": "{{Committee}}", "termId": "{{DemoTerm}}", "body": "STANDING_COMMITTEE", "heldOn": "2020-05-20", "seats": 3}
            """),
    };
}

/// <summary>Puts <see cref="RequestExamples"/> on the request bodies of their operations.</summary>
internal sealed class RequestExampleOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } id || !RequestExamples.ByOperation.TryGetValue(id, out var example)
            || operation.RequestBody?.Content?.TryGetValue("application/json", out var media) != true || media is null)
        {
            return;
        }

        media.Example = JsonNode.Parse(example.Body);
    }
}

/// <summary>Servers, licence, contact and the description of each tag.</summary>
internal sealed class DocumentInfoFilter : IDocumentFilter
{
    /// <summary>The tags the endpoint groups describe (<see cref="EndpointTagAttribute"/>): a module brings its own.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = EndpointGroups.All
        .SelectMany(t => t.GetCustomAttributes(typeof(EndpointTagAttribute), false).Cast<EndpointTagAttribute>())
        .ToDictionary(a => a.Name, a => a.Description, StringComparer.Ordinal);

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Info.License = new OpenApiLicense
        {
            Name = "Proprietary: Đảng ủy Sở Lao động – Thương binh và Xã hội",
            Identifier = "LicenseRef-Proprietary",
        };
        swaggerDoc.Info.Contact = new OpenApiContact
        {
            Name = "Văn phòng Đảng ủy Sở Lao động – Thương binh và Xã hội (the committee's office)",
        };
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document (development: http://localhost:5080)." }];

        foreach (var tag in swaggerDoc.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        // The generic problem schemas of ASP.NET Core are replaced by Problem and ValidationProblem (HttpContractOperationFilter).
        swaggerDoc.Components?.Schemas?.Remove("ProblemDetails");
        swaggerDoc.Components?.Schemas?.Remove("HttpValidationProblemDetails");
    }
}
