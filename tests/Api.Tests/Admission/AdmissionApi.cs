using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Admissions;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Admission;

/// <summary>
/// Drives an admission case over HTTP, carrying its ETag from step to step. Each step is sent by whoever records it:
/// the cell's secretary for the cell's steps (opening the case, candidate data, course, sponsors, resolution,
/// ceremony), the committee's office for the committee's decisions (admission, recognition, name removal, closing).
/// </summary>
internal sealed class AdmissionApi(Func<Guid, HttpClient> cell, HttpClient committee)
{
    public const string Url = "/api/v1/admissions";

    private static readonly HashSet<string> CommitteeSteps = ["committee-decision", "decision-extension", "full-membership", "name-removal", "close"];

    private readonly Dictionary<Guid, HttpClient> cells = [];

    /// <summary>Each cell's own secretary and the committee's office (scoped to the committee).</summary>
    public AdmissionApi(ApiFactory factory)
        : this(cellId => factory.ClientAs("CellSecretary", cellId), factory.ClientAs("CommitteeOffice", DemoData.CommitteeId))
    {
    }

    /// <summary>The committee's office: it reads every case of the committee.</summary>
    public HttpClient Client => committee;

    /// <summary>The secretary of <paramref name="cellId"/>.</summary>
    public HttpClient Cell(Guid cellId)
    {
        if (!cells.TryGetValue(cellId, out var client))
        {
            cells[cellId] = client = cell(cellId);
        }

        return client;
    }

    /// <summary>Who records <paramref name="step"/> of <paramref name="admission"/>.</summary>
    public HttpClient For(AdmissionDto admission, string step) =>
        CommitteeSteps.Contains(step) ? committee : Cell(admission.OrganizationId);

    public static object Candidate(
        Guid cellId,
        string fullName = "Lâm Thị Sô Phia",
        string dateOfBirth = "1996-08-20",
        string generalEducation = "UPPER_SECONDARY",
        bool youthUnion = false) => new
        {
            organizationId = cellId,
            fullName,
            sex = "FEMALE",
            dateOfBirth,
            ethnicityCode = "05",
            generalEducation,
            isYouthUnionMember = youthUnion,
        };

    public async Task<AdmissionDto> CreateAsync(object candidate)
    {
        var cellId = (Guid)candidate.GetType().GetProperty("organizationId")!.GetValue(candidate)!;
        var response = await Cell(cellId).PostAsJsonAsync(Url, candidate, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadAsync<AdmissionDto>();
        response.Headers.ETag!.Tag.ShouldBe($"\"{created.Version}\"");
        response.Headers.Location!.ToString().ShouldBe($"{Url}/{created.Id}");
        return created;
    }

    /// <summary>POSTs a step with the case's current ETag.</summary>
    public Task<HttpResponseMessage> PostStepAsync(AdmissionDto admission, string step, object body) =>
        For(admission, step.Split('/')[0]).PostJsonAsync($"{Url}/{admission.Id}/{step}", body, $"\"{admission.Version}\"");

    /// <summary>POSTs a step that must succeed, and returns the case after it (checking the new ETag).</summary>
    public async Task<AdmissionDto> StepAsync(AdmissionDto admission, string step, object body)
    {
        var response = await PostStepAsync(admission, step, body);
        var updated = await response.ReadAsync<AdmissionDto>();
        response.Headers.ETag!.Tag.ShouldBe($"\"{updated.Version}\"");
        updated.Version.ShouldBeGreaterThan(admission.Version);
        return updated;
    }

    public async Task<AdmissionDto> GetAsync(Guid id) =>
        (await committee.GetFromJsonAsync<AdmissionDto>($"{Url}/{id}", HttpExtensions.Json))!;

    public Task<AdmissionDto> CourseAsync(AdmissionDto admission, string completedOn = "2022-11-15") =>
        StepAsync(admission, "course", new { completedOn, certificateNumber = "125-GCN/TTCT" });

    public Task<AdmissionDto> SponsorAsync(AdmissionDto admission, Guid memberId, string assignedOn = "2022-12-01", string workedTogetherSince = "2020-06-01") =>
        StepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId, workedTogetherSince, assignedOn });

    public Task<AdmissionDto> ResolveAsync(AdmissionDto admission, string resolvedOn = "2023-01-09") =>
        StepAsync(admission, "cell-resolution", new { resolvedOn, number = "12-NQ/CB" });

    public Task<AdmissionDto> DecideAsync(AdmissionDto admission, string decidedOn = "2023-03-13") =>
        StepAsync(admission, "committee-decision", new { decidedOn, number = "245-QĐ/ĐU" });

    public Task<AdmissionDto> CeremonyAsync(AdmissionDto admission, string heldOn = "2023-03-31") =>
        StepAsync(admission, "ceremony", new { heldOn });

    /// <summary>The cell's vote on full membership (9 of 9 in favour by default: the cell's resolution).</summary>
    public Task<AdmissionDto> VoteAsync(AdmissionDto admission, string heldOn, int inFavour = 9, int entitled = 9) =>
        StepAsync(admission, "recognition-votes", new { heldOn, inFavour, entitled, number = "07-NQ/CB" });

    /// <summary>The committee's recognition decision.</summary>
    public Task<AdmissionDto> RecognizeAsync(AdmissionDto admission, string recognizedOn) =>
        StepAsync(admission, "full-membership", new { recognizedOn, number = "310-QĐ/ĐU" });

    /// <summary>A case with the course and two full-member sponsors of the cell, ready for the resolution.</summary>
    public async Task<AdmissionDto> PreparedAsync(ApiFactory factory, Guid cellId, object? candidate = null, string courseOn = "2022-11-15", string sponsorsOn = "2022-12-01")
    {
        var admission = await CreateAsync(candidate ?? Candidate(cellId));
        admission = await CourseAsync(admission, courseOn);
        var first = await factory.AddMemberAsync(cellId, "Võ Thị Kim Loan", admittedOn: new DateOnly(2015, 3, 10));
        var second = await factory.AddMemberAsync(cellId, "Thạch Văn Sơn", admittedOn: new DateOnly(2012, 9, 2));
        admission = await SponsorAsync(admission, first, sponsorsOn);
        return await SponsorAsync(admission, second, sponsorsOn);
    }
}
