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
        Resolution,
        ResolutionTarget,
        ResolutionTask,
        PeriodLock,
        Reporter,
        Indicator,
        DisciplinaryAction,
        DuesSheet,
        Document,
        Meeting,
        ReviewTemplate,
        MonthlyReview,
        EmulationModel,
        InspectionProgramme,
        Inspection,
        Guest,
        Denunciation,
        DisciplineComplaint,
        InspectionTopic,
        MassOrganizationRating,
        CivilServantRating,
        RatingCampaign,
        MemberRating,
        ImportJob,
        Election,
    }

    /// <summary>Kinds that belong to no organisation: an operation naming only these has one place, none.</summary>
    private static readonly HashSet<Kind> Unscoped = [Kind.Holiday, Kind.PeriodLock, Kind.Reporter, Kind.Indicator, Kind.ImportJob];

    /// <summary>
    /// (operation, role) pairs that reach only the caller's own unscoped objects: the fixture's import job was submitted by
    /// Admin, so a reporter token answers 404 for it (ImportJobApiTests covers a reporter reading its own job).
    /// </summary>
    private static readonly HashSet<(string, string)> OwnUnscoped = [("GetImportJob", Roles.IndicatorReporter), ("ListImportJobConflicts", Roles.IndicatorReporter)];

    /// <summary>
    /// Operations that read (or, for a catch-up, use) the register of the organisations above the token's scope: the
    /// committee's documents and review templates are disseminated and applied by every cell under it, so the parent
    /// committee's object is in scope for a cell-scoped token there (and only there).
    /// </summary>
    private static readonly HashSet<string> ReadsRegistersAbove =
        new(["GetDocument", "GetDocumentCoverage", "RecordDocumentCatchUp", "GetReviewTemplate", "GetRatingCampaign", "ListRatingCampaignOrganizations", "ListMemberRatings"], StringComparer.Ordinal);

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
        var ownOnly = OwnOnly.Contains((operation.Name, role));
        var refused = places.Where(p => !allowed || p == Place.Missing || !InScope(token, p, operation.Name) || (ownOnly && p != Place.Own)).ToList();
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
                Check(failures, answer.Status is not (403 or 404) || (answer.Status == 404 && OwnUnscoped.Contains((operation.Name, role))), Where(place), $"expected an answer for an allowed role, got {answer}");
                continue;
            }

            figures.InScope++;
            Check(failures, answer.Status != 403, Where(place), $"403 in scope for an allowed role: {answer}");
            Check(failures, missing is null || !answer.SameAs(missing), Where(place), $"in scope answered as missing: {answer}");
        }
    }

    /// <summary>A token scoped to the own cell reaches the own cell only; one scoped to the committee, and Admin, reach all.</summary>
    private static bool InScope(TokenScope token, Place place, string operation) =>
        place == Place.None || token != TokenScope.Cell || place == Place.Own || (place == Place.Parent && ReadsRegistersAbove.Contains(operation));

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
        if (kinds.Count == 0 || kinds.IsSubsetOf(Unscoped))
        {
            return [Place.None];
        }

        // Review templates belong to committees: there is none in a cell.
        // Rating campaigns too: a campaign belongs to the grassroots committee.
        if (kinds.Contains(Kind.ReviewTemplate) || kinds.Contains(Kind.RatingCampaign))
        {
            return [Place.Parent, Place.Missing];
        }

        // Members, admission cases (with their sponsors), transfers, meetings and monthly reviews live in cells: none lies at the committee.
        var atCommittee = !kinds.Overlaps([Kind.Member, Kind.Admission, Kind.Sponsor, Kind.Transfer, Kind.Guest, Kind.DisciplinaryAction, Kind.DuesSheet, Kind.Meeting, Kind.MonthlyReview, Kind.DisciplineComplaint, Kind.MemberRating]);
        return atCommittee ? [Place.Own, Place.Sibling, Place.Parent, Place.Missing] : [Place.Own, Place.Sibling, Place.Missing];
    }

    // ---- The operations, from the application's endpoint data source --------------------------------------------------

    private List<Operation> Operations() =>
        [.. fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .Select(Operation.From)
            .OrderBy(o => o.Name, StringComparer.Ordinal)];

    /// <summary>(operation, role) pairs marked <c>own</c>: the role reaches only the caller's own records (claim member_id); others answer as missing.</summary>
    private static readonly HashSet<(string Operation, string Role)> OwnOnly = [];

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
                (cells[column] is "✓" or "—" or "own").ShouldBeTrue($"{cells[1]} / {role}: '{cells[column]}' is neither ✓, own nor —");
                if (cells[column] is "✓" or "own")
                {
                    allowed.Add(role);
                }

                if (cells[column] == "own")
                {
                    OwnOnly.Add((cells[1], role));
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
        public bool HasPathIdentifier => Parameters.Any(p => !Unscoped.Contains(p.Kind));

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
                    "targetId" => Kind.ResolutionTarget,
                    "gapId" => Kind.Member,
                    "transferId" => Kind.Transfer,
                    "meetingId" => Kind.Meeting,
                    "taskId" => Kind.ResolutionTask,
                    "code" when resource == "indicators" => Kind.Indicator,
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
                        "resolutions" => Kind.Resolution,
                        "period-locks" => Kind.PeriodLock,
                        "reporters" => Kind.Reporter,
                        "disciplinary-actions" => Kind.DisciplinaryAction,
                        "dues" => Kind.DuesSheet,
                        "documents" => Kind.Document,
                        "meetings" => Kind.Meeting,
                        "review-templates" => Kind.ReviewTemplate,
                        "monthly-reviews" => Kind.MonthlyReview,
                        "emulation-models" => Kind.EmulationModel,
                        "mass-organization-ratings" => Kind.MassOrganizationRating,
                        "civil-servant-ratings" => Kind.CivilServantRating,
                        "inspection-programmes" => Kind.InspectionProgramme,
                        "inspections" => Kind.Inspection,
                        "temporary-guests" => Kind.Guest,
                        "denunciations" => Kind.Denunciation,
                        "discipline-complaints" => Kind.DisciplineComplaint,
                        "inspection-topics" => Kind.InspectionTopic,
                        "rating-campaigns" => Kind.RatingCampaign,
                        "member-ratings" => Kind.MemberRating,
                        "import-jobs" => Kind.ImportJob,
                        "elections" => Kind.Election,
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
                path = Regex.Replace(path, "\\{" + parameter + "(:[^}]*)?\\}", kind == Kind.Indicator ? "POVERTY_RATE" : ids.Of(kind).ToString());
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

    private static object Guest(Guid cellId) => new
    {
        hostOrganizationId = cellId,
        fullName = "Hà Văn Ma Trận",
        partyCardNumber = "79099999",
        homeOrganization = "Chi bộ Văn phòng",
        homeCommittee = Fixture.External,
        letterNumber = "1-GTT/ĐU",
        letterDate = "2025-03-03",
        purpose = "WORK",
        presentedOn = "2025-03-10",
        until = "2025-12-31",
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
        ["GetCalendarYear"] = WithQuery((_, _) => "year=2025"),
        ["SetMemberName"] = WithBody((_, _) => new { familyName = "Đinh", middleName = "Văn", givenName = "Một", order = "FAMILY_FIRST" }),
        ["ListDisciplinaryActions"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["GetDisciplineFigures"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["ListDuesBases"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListDuesSheets"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["ListDuesArrears"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["ListDuesRemovalReview"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["ListMemberDuesYears"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020&pageSize=5", Kind.Organization),
        ["GetDuesSummary"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["ListDocuments"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListMeetings"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListReviewTemplates"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListMonthlyReviews"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListMissingMonthlyReviews"] = WithQuery((_, ids) => $"year=2020&month=12&organizationId={ids.Organization}", Kind.Organization),
        ["ListEmulationModels"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["GetRatingStatistics"] = WithQuery((_, ids) => $"year=2020&organizationId={ids.Organization}", Kind.Organization),
        ["ListRatingStatisticsOrganizations"] = WithQuery((_, ids) => $"year=2020&organizationId={ids.Organization}", Kind.Organization),
        ["GetMemberMonthlyReviewSummary"] = WithQuery((_, _) => "year=2020"),

        // Evaluation
        ["CreateDocument"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, number = "9-NQ/MT", issuedOn = "2020-01-02", issuer = "Ma trận", kind = "RESOLUTION", title = "Văn bản ma trận" },
            Kind.Organization),
        ["UpdateDocument"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, number = "9-NQ/MT", issuedOn = "2020-01-02", issuer = "Ma trận", kind = "RESOLUTION", title = "Văn bản ma trận" }),
        ["RecordDocumentCatchUp"] = WithBody((f, _) => new { memberId = f.IdsAt(Place.Own).Member, receivedOn = "2021-01-04" }),
        ["HoldMeeting"] = WithBody(
            (_, ids) => new
            {
                organizationId = ids.Organization, heldOn = "2021-01-05", kind = "EXTRAORDINARY", agenda = "Ma trận", chairMemberId = ids.Member,
                secretaryMemberId = ids.Member, attendance = Array.Empty<object>(),
            },
            Kind.Organization),
        ["UpdateMeeting"] = WithBody((_, ids) => new
        {
            organizationId = ids.Organization, heldOn = "2021-01-05", kind = "EXTRAORDINARY", agenda = "Ma trận", chairMemberId = ids.Member,
            secretaryMemberId = ids.Member, attendance = Array.Empty<object>(),
        }),
        ["CreateReviewTemplate"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, name = "Mẫu ma trận", effectiveFrom = "2031-01-01", criteria = new[] { new { code = "A", text = "Tiêu chí" } } },
            Kind.Organization),
        ["UpdateReviewTemplate"] = WithBody(
            (f, _) => new { organizationId = f.IdsAt(Place.Parent).Organization, name = "Mẫu ma trận", effectiveFrom = "2031-01-01", criteria = new[] { new { code = "A", text = "Tiêu chí" } } }),
        ["RecordMonthlyReview"] = WithBody((_, ids) => new { meetingId = ids.Meeting, memberId = ids.Member, level = "GOOD" }, Kind.Meeting),
        ["UpdateMonthlyReview"] = WithBody((_, _) => new { level = "GOOD" }),
        ["ListRatingCampaigns"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["OpenRatingCampaign"] = WithBody((_, ids) => new { organizationId = ids.Organization, year = 2024, openedOn = "2024-12-01" }, Kind.Organization),
        ["AdvanceRatingCampaign"] = WithBody((_, _) => new { step = "SELF_ASSESSMENT", on = "2024-12-05" }),
        ["DecideOrganizationRating"] = WithBody((f, _) => new { organizationId = f.IdsAt(Place.Parent).Organization, level = "GOOD", decidedOn = "2024-12-20" }),
        ["SubmitSelfAssessment"] = WithBody((_, _) => new { level = "GOOD" }),
        ["ProposeMemberRating"] = WithBody((_, _) => new { level = "GOOD", concludedDegraded = false, underHalfTargets = false, sickLeaveMonths = 0 }),
        ["DecideMemberRating"] = WithBody((_, _) => new { level = "GOOD" }),
        ["CorrectMemberRating"] = WithBody((_, _) => new { level = "GOOD", reason = "Ma trận", correctedOn = "2024-12-30" }),
        ["RegisterEmulationModel"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, year = 2021, kind = "OTHER", title = "Mô hình ma trận", target = "Thử" }, Kind.Organization),
        ["UpdateEmulationModel"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, year = 2021, kind = "OTHER", title = "Mô hình ma trận", target = "Thử" }),
        // Mass-organisation and civil-servant ratings: creations collide with the place's 2020 rating (409); changes stop at the stale If-Match.
        ["ListMassOrganizationRatings"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["CreateMassOrganizationRating"] = WithBody((_, ids) => new { massOrganizationId = ids.MassOrganization, year = 2020, level = "STRONG", decidedOn = "2020-12-28" }, Kind.MassOrganization),
        ["CorrectMassOrganizationRating"] = WithBody((_, _) => new { correctedOn = "2021-01-20", level = "FAIR", reason = "Đính chính ma trận" }),
        ["ListCivilServantRatings"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),
        ["CreateCivilServantRating"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, year = 2020, fullName = "Ngô Thị Ma Trận", dateOfBirth = "1990-01-01", level = "GOOD" }, Kind.Organization),
        ["UpdateCivilServantRating"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, year = 2020, fullName = "Ngô Văn Ma Trận", dateOfBirth = "1990-01-01", level = "COMPLETED" }),
        ["ImportCivilServantRatings"] = new(
            (_, _) => "dryRun=true",
            (_, _) =>
            {
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes("year,fullName,dateOfBirth,cellCode,level\n2020,Lý Thị Ma Trận,1990-02-03,CB-VP,GOOD\n"));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                return new MultipartFormDataContent { { file, "file", "ratings.csv" } };
            }),
        ["ListInspectionProgrammes"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListInspections"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["ListDueInspectionItems"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["GetInspectionStatistics"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),

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
        ["ListElections"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["CreateElection"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, termId = ids.Term, body = ids.Place == Place.Parent ? "EXECUTIVE_COMMITTEE" : "CELL_COMMITTEE", heldOn = "2020-06-01", seats = 3 },
            Kind.Organization),
        ["RecordElectionElectorate"] = WithBody((_, ids) => new { voters = new[] { new { memberId = ids.Member == Guid.Empty ? DemoMembers.All[0].Id : ids.Member, attendance = "PRESENT" } } }),
        ["RecordElectionCandidates"] = WithBody((_, ids) => new { memberIds = new[] { ids.Member == Guid.Empty ? DemoMembers.All[0].Id : ids.Member } }),
        ["RecordElectionBallots"] = WithBody((_, _) => new { ballotsIssued = 0, ballotsValid = 0, votes = Array.Empty<object>() }),
        ["CloseElection"] = WithBody((_, _) => new { closedOn = "2021-01-04" }),
        ["SeatElected"] = WithBody((_, _) => new { startsOn = "2021-01-04" }),
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
        ["ChangeMemberStatus"] = WithBody((_, _) => new { status = "DECEASED", effectiveOn = "2024-01-02", decisionNumber = "1-QĐ" }),
        ["RecordMemberExemption"] = WithBody((_, _) => new { kind = "EXEMPTION", ground = "AGE", startsOn = "2024-01-02", decisionNumber = "1-NQ/CB" }),
        ["EndMemberExemption"] = WithBody((_, _) => new { lastDay = "2024-06-30", decisionNumber = "2-NQ/CB" }),
        ["SuspendMember"] = WithBody((_, _) => new { startsOn = "2024-01-02", decisionNumber = "1-QĐ" }),
        ["EndMemberSuspension"] = WithBody((_, _) => new { lastDay = "2024-06-30", decisionNumber = "2-QĐ" }),
        ["ReadmitMember"] = WithBody((_, ids) => new { decisionDate = "2024-01-02", decisionNumber = "1-QĐ", organizationId = ids.Organization }, Kind.Organization),
        ["RecordSeniorityGap"] = WithBody((_, _) => new { reason = "LOST_CONTACT", startsOn = "2015-01-01", endsOn = "2015-03-31" }),
        ["CorrectMemberIdentity"] = WithBody((_, _) => new { fullName = "Lê Văn Đính Chính", decisionNumber = "1-QĐ", decisionDate = "2024-01-02", decisionIssuer = "Ban Tổ chức Tỉnh ủy" }),
        ["RecordSupplementarySheet"] = WithBody((_, _) => new { year = 2024, content = "Không thay đổi", declaredOn = "2024-12-20" }),
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
        ["ReplaceAdmissionSponsor"] = WithBody((_, ids) => new { reason = "TRANSFERRED", kind = "FULL_MEMBER", memberId = ids.Member, workedTogetherSince = "2020-01-01", replacedOn = "2023-02-01" }),
        ["ExtendAdmissionDecisionPeriod"] = WithBody((_, _) => new { extendedOn = "2023-02-01", workingDays = 10, reason = "Chờ thẩm tra" }),
        ["RecordAdmissionRecognitionVote"] = WithBody((_, _) => new { heldOn = "2024-04-02", inFavour = 9, entitled = 9, number = "7-NQ" }),
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
        ["ExtendTransfer"] = WithBody((_, _) => new { temporaryUntil = "2025-12-31", decidedOn = "2025-03-06" }),
        ["ReturnTransfer"] = WithBody((_, _) => new { returnedOn = "2025-03-06" }),
        ["ConvertTransfer"] = WithBody((_, _) => new { convertedOn = "2025-03-06" }),

        // Temporary guests: a registration in the place's cell (at the committee: not a cell, 422); stale If-Match on the steps.
        ["ListTemporaryGuests"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["RegisterTemporaryGuest"] = WithBody((_, ids) => Guest(ids.Organization), Kind.Organization),
        ["ExtendTemporaryGuest"] = WithBody((_, _) => new { until = "2026-01-31", decidedOn = "2025-06-02" }),
        ["ReturnTemporaryGuest"] = WithBody((_, _) => new { returnedOn = "2025-06-02" }),
        ["ConvertTemporaryGuest"] = WithBody((f, _) => new Dictionary<string, object?>(MemberFields(f))
        {
            ["officialLetterNumber"] = "9-GGT/ĐU",
            ["officialLetterDate"] = "2025-06-02",
            ["receivedOn"] = "2025-06-03",
        }),
        ["RecordTemporaryGuestAttendance"] = WithBody((_, _) => new { status = "PRESENT" }),
        ["AmendSeniorityGap"] = WithBody((_, _) => new { reason = "LOST_CONTACT", startsOn = "2015-01-01", endsOn = "2015-02-28", decisionNumber = "2-QĐ", decisionDate = "2024-01-02", decisionReason = "Xác minh lại" }),
        ["WithdrawSeniorityGap"] = WithBody((_, _) => new { decisionNumber = "3-QĐ", decisionDate = "2024-01-02", decisionReason = "Xác minh lại" }),
        ["ConfirmSeniorityGapProposal"] = WithBody((_, _) => new { decisionNumber = "4-QĐ", decidedOn = "2025-05-05" }),
        ["DismissSeniorityGapProposal"] = WithBody((_, _) => new { reason = "Có lý do chính đáng", decidedOn = "2025-05-05" }),

        // Indicators: a dry run (writes nothing); a lock, a reporter that exist already; stale If-Match on changes.
        ["GetIndicatorSeries"] = WithQuery((_, _) => $"orgUnit={DemoDataSeeder.ProvinceCode}&from=2019&to=2020"),
        ["ClassifyHousehold"] = WithBody((_, _) => new { period = "2024", area = "RURAL", incomePerPersonMonthly = 1_200_000, deprivations = 4 }),
        ["ImportDataValues"] = new(
            (_, _) => "dryRun=true",
            (_, _) => JsonContent.Create(new { dataValues = new[] { new { dataElement = "JOBS_NEW", period = "2021", orgUnit = DemoDataSeeder.ProvinceCode, value = 100 } } })),
        ["LockPeriod"] = WithBody((_, _) => new { period = Fixture.LockedPeriod, approvedOn = "2020-01-15" }),
        ["CreateReporter"] = WithBody((_, _) => new { clientId = "province-labour", scope = new { name = "Hệ thống thử", orgUnits = new[] { DemoDataSeeder.ProvinceCode }, dataElements = new[] { "JOBS_NEW" } } }),
        ["UpdateReporter"] = WithBody((_, _) => new { name = "Hệ thống thử", orgUnits = new[] { DemoDataSeeder.ProvinceCode }, dataElements = new[] { "JOBS_NEW" } }),
        ["GetTargetProgress"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2020", Kind.Organization),

        // Resolutions: a creation whose years span more than ten (refused after the scope check); stale If-Match on changes.
        ["ListResolutions"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["CreateResolution"] = WithBody((_, ids) => new { organizationId = ids.Organization, kind = "RESOLUTION", header = Fixture.TooLongResolution }, Kind.Organization),
        ["UpdateResolution"] = WithBody((_, _) => Fixture.ResolutionHeader),
        ["AddResolutionTarget"] = WithBody((_, _) => new { indicator = "NEW_MEMBERS_ADMITTED", year = 2020, kind = "AT_LEAST", low = 2, text = "Kết nạp 02 đảng viên" }),
        ["AddResolutionTask"] = WithBody((_, ids) => new { title = "Nhiệm vụ thử", ownerMemberId = ids.Member == Guid.Empty ? DemoMembers.All[0].Id : ids.Member, deadline = "2020-12-31" }),
        ["ReportOnResolutionTask"] = WithBody((_, _) => new { reportedOn = "2020-06-30", state = "IN_PROGRESS", text = "Đang thực hiện" }),
        // Discipline and dues: a proposal against the place's member; a decision and payments stop at the stale If-Match;
        // a basis for a month the member already has one for after the first allowed call; a sheet for a month the demo has.
        ["ProposeDisciplinaryAction"] = WithBody(
            (_, ids) => new { subjectKind = "MEMBER", memberId = ids.Member, form = "REPRIMAND", body = "CELL", violation = "Vi phạm thử", violationOn = "2024-01-02", proposedOn = "2024-02-01" },
            Kind.Member),
        ["DecideDisciplinaryAction"] = WithBody((_, _) => new { form = "REPRIMAND", body = "CELL", decidedOn = "2024-03-01", decisionNumber = "1-QĐ" }),
        ["RecordDuesBasis"] = WithBody(
            (_, ids) => new { memberId = ids.Member, category = "SALARIED", monthlyBasisAmount = 5_000_000, effectiveFrom = "2024-01-01" },
            Kind.Member),
        ["OpenDuesSheet"] = WithBody((_, ids) => new { organizationId = ids.Organization, month = "2020-01-01" }, Kind.Organization),
        ["RecordDuesPayments"] = WithBody((_, ids) => new { payments = new[] { new { memberId = ids.Member, paid = 0, excused = false } } }),
        // A dry run of one row (writes nothing) over the place's subtree: outside the scope, 404 as for a missing organisation.
        ["ImportDues"] = new(
            (_, ids) => $"dryRun=true&organizationId={ids.Organization}",
            (_, _) =>
            {
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes("memberCode,month,paid,paidOn\n00000000,2020-01,0,\n"));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                return new MultipartFormDataContent { { file, "file", "dues.csv" } };
            },
            Kind.Organization),
        // Inspection: a programme of the same issuer and year exists (409) or the issuer does not fit (422); a case with an
        // unknown topic (422); the steps with a stale If-Match (412).
        ["CreateInspectionProgramme"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, year = 2024, issuedBy = "CELL", issuedOn = "2024-01-05", items = Array.Empty<object>() },
            Kind.Organization),
        ["UpdateInspectionProgramme"] = WithBody((_, _) => new { year = 2024, issuedBy = "CELL", issuedOn = "2024-01-05", items = Array.Empty<object>() }),
        ["OpenInspection"] = WithBody(
            (f, ids) => new
            {
                organizationId = ids.Organization, kind = "REGULAR_SUPERVISION", decidedBy = "INSPECTION_COMMISSION", topicCode = "ORG-MATRIX", decidedOn = "2024-03-04",
                content = "Giám sát ma trận", coveredFrom = "2023-01-01", coveredTo = "2023-12-31", scheduleFrom = "2024-03-04", scheduleTo = "2024-04-30",
                subjects = new[] { new { type = "CELL_COMMITTEE", organizationId = ids.Organization } },
                team = new[] { new { memberId = f.IdsAt(Place.Own).Member, isLeader = true } },
            },
            Kind.Organization),
        ["RecordInspectionStep"] = WithBody((_, _) => new { step = "NOTICE", on = "2024-03-05" }),
        ["ConcludeInspection"] = WithBody((_, _) => new { on = "2024-03-05", findings = new[] { new { subjectId = Guid.NewGuid(), violation = false, severity = "NONE" } } }),
        ["RecordInspectionFollowUp"] = WithBody((_, _) => new { recommendationId = Guid.NewGuid(), on = "2024-03-05", note = "Thử" }),

        // Denunciations, complaints, topics, remedies and amendments: a new denunciation on the organisation itself; a
        // complaint about an undecided action (409); a topic code taken (409); the steps with a stale If-Match (412).
        ["ListDenunciations"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["GetDenunciationFigures"] = WithQuery((_, ids) => $"organizationId={ids.Organization}&year=2024", Kind.Organization),
        ["CreateDenunciation"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, subjectKind = "ORGANIZATION", subjectOrganizationId = ids.Organization, receivedOn = "2024-02-05", content = "Tố cáo ẩn danh (ma trận)" },
            Kind.Organization),
        ["RecordDenunciationStep"] = WithBody((_, _) => new { step = "VERIFY", on = "2024-03-05" }),
        ["ListDisciplineComplaints"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["CreateDisciplineComplaint"] = WithBody(
            (_, ids) => new { disciplinaryActionId = ids.DisciplinaryAction, complainantName = "Đinh Văn Khiếu", receivedOn = "2024-03-10", content = "Khiếu nại ma trận" },
            Kind.DisciplinaryAction),
        ["RecordDisciplineComplaintStep"] = WithBody((_, _) => new { step = "VERIFY", on = "2024-03-05" }),
        ["RecordDisciplineRemedy"] = WithBody((_, _) => new { remedied = true }),
        ["AmendDisciplinaryAction"] = WithBody((_, _) => new { withdraw = true, body = "COMMITTEE", decidedOn = "2024-03-05", decisionNumber = "1-QĐ" }),
        ["ListInspectionTopics"] = WithQuery((_, ids) => $"organizationId={ids.Organization}", Kind.Organization),
        ["CreateInspectionTopic"] = WithBody(
            (_, ids) => new { organizationId = ids.Organization, code = "ORG-MX-OWN", nameVi = "Chủ đề ma trận", nameEn = "Matrix topic", addedOn = "2024-01-02" },
            Kind.Organization),
        ["RetireInspectionTopic"] = WithBody((_, _) => new { retiredOn = "2024-03-05" }),

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
        Guid Holiday,
        Guid DisciplinaryAction = default,
        Guid DuesSheet = default,
        Guid Document = default,
        Guid Meeting = default,
        Guid ReviewTemplate = default,
        Guid MonthlyReview = default,
        Guid EmulationModel = default,
        Guid InspectionProgramme = default,
        Guid Inspection = default,
        Guid Guest = default,
        Guid RatingCampaign = default,
        Guid MemberRating = default)
    {
        /// <summary>A resolution of the place, with a target and a task.</summary>
        public (Guid Resolution, Guid Target, Guid Task) Resolution { get; init; }

        /// <summary>A denunciation handled by the place's organisation.</summary>
        public Guid Denunciation { get; init; }

        /// <summary>A complaint about a decided action of the place's cell.</summary>
        public Guid DisciplineComplaint { get; init; }

        /// <summary>A topic the place's organisation added.</summary>
        public Guid InspectionTopic { get; init; }

        /// <summary>The unscoped objects of the indicators module.</summary>
        public (Guid PeriodLock, Guid Reporter) Indicators { get; init; }

        /// <summary>The 2020 rating of the place's mass organisation.</summary>
        public Guid MassOrganizationRating { get; init; }

        /// <summary>A 2020 civil-servant rating of the place (the member's, at a cell).</summary>
        public Guid CivilServantRating { get; init; }
        /// <summary>An import job submitted by Admin (unscoped: a job belongs to its submitter, not to an organisation).</summary>
        public Guid ImportJob { get; init; }

        /// <summary>An open election of the place (the demo congress's closed one at the committee).</summary>
        public Guid Election { get; init; }

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
            Kind.Resolution => Resolution.Resolution,
            Kind.ResolutionTarget => Resolution.Target,
            Kind.ResolutionTask => Resolution.Task,
            Kind.PeriodLock => Indicators.PeriodLock,
            Kind.Reporter => Indicators.Reporter,
            Kind.ImportJob => ImportJob,
            Kind.Election => Election,
            Kind.DisciplinaryAction => DisciplinaryAction,
            Kind.DuesSheet => DuesSheet,
            Kind.Document => Document,
            Kind.Meeting => Meeting,
            Kind.ReviewTemplate => ReviewTemplate,
            Kind.MonthlyReview => MonthlyReview,
            Kind.EmulationModel => EmulationModel,
            Kind.InspectionProgramme => InspectionProgramme,
            Kind.Inspection => Inspection,
            Kind.Guest => Guest,
            Kind.Denunciation => Denunciation,
            Kind.DisciplineComplaint => DisciplineComplaint,
            Kind.InspectionTopic => InspectionTopic,
            Kind.MassOrganizationRating => MassOrganizationRating,
            Kind.CivilServantRating => CivilServantRating,
            Kind.RatingCampaign => RatingCampaign,
            Kind.MemberRating => MemberRating,
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
        public const string LockedPeriod = "2019";

        public static readonly object ResolutionHeader = new { number = "01-NQ/CB", issuedOn = "2020-01-06", issuer = "Chi bộ", title = "Nghị quyết năm 2020", fromYear = 2020, toYear = 2020 };

        public static readonly object TooLongResolution = new { number = "02-NQ/CB", issuedOn = "2020-01-06", issuer = "Chi bộ", title = "Nghị quyết dài hạn", fromYear = 2020, toYear = 2035 };

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
                var subject = $"matrix-{role}-{token}".ToLowerInvariant();
                if (role == Roles.Member)
                {
                    // A member's token names the member (claim member_id): the own cell's member of the fixture.
                    client = Factory.CreateClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                        "Bearer", TestTokens.Create(subject, [role], scope, extraClaims: [new System.Security.Claims.Claim(ClaimNames.MemberId, places[Place.Own].Member.ToString())]));
                    clients[(role, token)] = client;
                }
                else
                {
                    clients[(role, token)] = client = Factory.ClientAs(role, scope, subject: subject);
                }
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

            // Reads are audited through a write-behind log: store what the API holds, so that each count is complete.
            await Factory.Services.GetRequiredService<Application.Common.Auditing.IReadAuditLog>().FlushAsync(CancellationToken.None);
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

            var parentCivilServant = await PostAsync(
                admin, "/api/v1/civil-servant-ratings", new { organizationId = ParentCommittee, year = 2020, fullName = "Ngô Thị Ma Trận", dateOfBirth = "1990-01-01", level = "GOOD" });
            var parentModel = await PostAsync(admin, "/api/v1/emulation-models", new { organizationId = ParentCommittee, year = 2020, kind = "OTHER", title = "Mô hình của Đảng ủy (ma trận)", target = "Thử" });
            var executive = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/elected-bodies/{DemoExecutiveCommittee}", HttpExtensions.Json);
            var tradeUnion = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/mass-organizations/{DemoTradeUnion}", HttpExtensions.Json);
            var none = Guid.Empty;
            places[Place.Parent] = new Ids(
                Place.Parent, ParentCommittee, none, none, none, none, DemoDataSeeder.TermId, DemoExecutiveCommittee,
                executive.GetProperty("memberships")[0].GetProperty("id").GetGuid(), DemoTradeUnion, tradeUnion.GetProperty("name").GetString()!,
                holiday.GetProperty("id").GetGuid(), InspectionProgramme: DemoDataSeeder.InspectionProgrammeId, Inspection: DemoDataSeeder.InspectionCaseId(1))
            {
                Document = EvaluationDemoData.DocumentId(1),
                ReviewTemplate = EvaluationDemoData.TemplateId,
                EmulationModel = Id(parentModel),
                Denunciation = DemoDenunciations.DenunciationId,
                InspectionTopic = DemoDenunciations.TopicId,
                MassOrganizationRating = MassRatingDemoData.MassRatingId(1),
                CivilServantRating = Id(parentCivilServant),
                Election = DemoElections.ExecutiveCommitteeElectionId,
            };
            places[Place.Missing] = new Ids(
                Place.Missing, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
                Guid.NewGuid(), Guid.NewGuid(), "Không có", holiday.GetProperty("id").GetGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid())
            {
                Resolution = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
                Denunciation = Guid.NewGuid(),
                DisciplineComplaint = Guid.NewGuid(),
                InspectionTopic = Guid.NewGuid(),
                MassOrganizationRating = Guid.NewGuid(),
                CivilServantRating = Guid.NewGuid(),
                RatingCampaign = Guid.NewGuid(),
                MemberRating = Guid.NewGuid(),
                Election = Guid.NewGuid(),
            };

            // Ratings: the committee's 2024 campaign, with the ratings of the own and sibling cells' fixture members.
            var campaign = await PostAsync(admin, "/api/v1/rating-campaigns", new { organizationId = ParentCommittee, year = 2024, openedOn = "2024-12-01" });
            var lines = await admin.AllItemsAsync($"/api/v1/rating-campaigns/{Id(campaign)}/member-ratings");
            foreach (var place in new[] { Place.Own, Place.Sibling })
            {
                places[place] = places[place] with
                {
                    RatingCampaign = Id(campaign),
                    MemberRating = lines.Single(l => l.GetProperty("memberId").GetGuid() == places[place].Member).GetProperty("id").GetGuid(),
                };
            }

            places[Place.Parent] = places[Place.Parent] with { RatingCampaign = Id(campaign) };

            // Indicators: resolutions at each place, a locked period and the reporters of the matrix's machine tokens.
            var periodLock = await PostAsync(admin, "/api/v1/period-locks", new { period = LockedPeriod, approvedOn = "2020-01-15" });
            var reporter = await PostAsync(admin, "/api/v1/reporters", new { clientId = "matrix-reporter", scope = new { name = "Hệ thống ma trận", orgUnits = new[] { DemoDataSeeder.ProvinceCode }, dataElements = new[] { "JOBS_NEW" } } });
            foreach (var token in new[] { TokenScope.Cell, TokenScope.Committee })
            {
                await PostAsync(admin, "/api/v1/reporters", new { clientId = $"matrix-{Roles.IndicatorReporter}-{token}".ToLowerInvariant(), scope = new { name = "Hệ thống ma trận", orgUnits = new[] { DemoDataSeeder.ProvinceCode }, dataElements = new[] { "JOBS_NEW" } } });
            }

            var importJob = await PostAsync(admin, "/api/v1/data-values?async=true&dryRun=true", new { dataValues = new[] { new { dataElement = "JOBS_NEW", period = "2019Q1", orgUnit = DemoDataSeeder.ProvinceCode, value = 1 } } });
            foreach (var place in new[] { Place.Own, Place.Sibling, Place.Parent, Place.Missing })
            {
                places[place] = places[place] with
                {
                    Resolution = place == Place.Missing ? places[place].Resolution : await ResolutionAsync(admin, place),
                    Indicators = (Id(periodLock), Id(reporter)),
                    ImportJob = place == Place.Missing ? Guid.NewGuid() : Id(importJob),
                };
            }
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

            var guest = await PostAsync(admin, "/api/v1/temporary-guests", Guest(cell));
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
            var election = await PostAsync(admin, "/api/v1/elections", new { organizationId = cell, termId = Id(term), body = "CELL_COMMITTEE", heldOn = "2020-06-01", seats = 3 });

            var programme = await PostAsync(admin, "/api/v1/inspection-programmes", new
            {
                organizationId = cell, year = 2024, issuedBy = "CELL", issuedOn = "2024-01-05",
                items = new[] { new { kind = "REGULAR_SUPERVISION", subjectType = "MEMBER", memberId = member, topicCode = "CT05-2016", quarter = 1 } },
            });
            var inspection = await PostAsync(admin, "/api/v1/inspections", new
            {
                organizationId = cell, kind = "REGULAR_SUPERVISION", decidedBy = "CELL", topicCode = "CT05-2016", decidedOn = "2024-03-04",
                content = "Giám sát thường xuyên đảng viên", coveredFrom = "2023-01-01", coveredTo = "2023-12-31", scheduleFrom = "2024-03-04", scheduleTo = "2024-04-30",
                subjects = new[] { new { type = "MEMBER", memberId = member } },
                team = new[] { new { memberId = DemoMembers.Id(place == Place.Own ? 10 : 30), isLeader = true } },
            });

            var massName = $"Chi đoàn ma trận {place}";
            var mass = await PostAsync(admin, "/api/v1/mass-organizations", new { name = massName, kind = "YOUTH_UNION_CELL", leadingOrganizationId = cell, establishedOn = "2015-01-01" });

            var action = await PostAsync(admin, "/api/v1/disciplinary-actions", new
            {
                subjectKind = "MEMBER", memberId = member, form = "WARNING", body = "CELL", violation = "Vi phạm ma trận", violationOn = "2023-01-02", proposedOn = "2023-02-01",
            });
            var sheet = await PostAsync(admin, "/api/v1/dues/sheets", new { organizationId = cell, month = "2024-01-01" });

            // Denunciations and complaints: a denunciation handled by the cell, a decided action with a complaint, a topic of the cell.
            var denunciation = await PostAsync(admin, "/api/v1/denunciations", new
            {
                organizationId = cell, subjectKind = "MEMBER", memberId = member, receivedOn = "2024-02-05", denouncerName = "Trần Văn Tố", denouncerAddress = "Phường Một", content = "Tố cáo ma trận",
            });
            var decided = await PostAsync(admin, "/api/v1/disciplinary-actions", new
            {
                subjectKind = "MEMBER", memberId = member, form = "REPRIMAND", body = "CELL", violation = "Vi phạm ma trận (quyết định)", violationOn = "2023-01-02", proposedOn = "2023-02-01",
            });
            decided = await PostAsync(admin, $"/api/v1/disciplinary-actions/{Id(decided)}/decision", new { form = "REPRIMAND", body = "CELL", decidedOn = "2023-03-01", decisionNumber = "9-QĐ" }, decided);
            var complaint = await PostAsync(admin, "/api/v1/discipline-complaints", new { disciplinaryActionId = Id(decided), complainantName = "Đinh Văn Khiếu", receivedOn = "2023-03-10", content = "Khiếu nại ma trận" });
            var topic = await PostAsync(admin, "/api/v1/inspection-topics", new
            {
                organizationId = cell, code = place == Place.Own ? "ORG-MX-OWN" : "ORG-MX-SIBLING", nameVi = "Chủ đề ma trận", nameEn = "Matrix topic", addedOn = "2024-01-02",
            });

            // Evaluation: a document of the cell's register, the cell's demo December meeting and the member's review at it, its demo model.
            var cellNumber = place == Place.Own ? 1 : 2;
            var document = await PostAsync(admin, "/api/v1/documents", new { organizationId = cell, number = $"1-NQ/CB{cellNumber}", issuedOn = "2020-01-02", issuer = "Chi bộ", kind = "RESOLUTION", title = "Nghị quyết chi bộ (ma trận)" });
            var meeting = EvaluationDemoData.MeetingId(cellNumber, 12);
            var review = await PostAsync(admin, "/api/v1/monthly-reviews", new { meetingId = meeting, memberId = member, level = "GOOD" });

            var massRating = await PostAsync(admin, "/api/v1/mass-organization-ratings", new { massOrganizationId = Id(mass), year = 2020, level = "STRONG", decidedOn = "2020-12-28" });
            var civilServant = await PostAsync(admin, "/api/v1/civil-servant-ratings", new { memberId = member, year = 2020, level = "GOOD" });

            return new Ids(
                place, cell, member, Id(admission), admission.GetProperty("sponsors")[0].GetProperty("id").GetGuid(), Id(transfer), Id(term), Id(body),
                body.GetProperty("memberships")[0].GetProperty("id").GetGuid(), Id(mass), massName, holiday, Id(action), Id(sheet),
                Id(document), meeting, Guid.Empty, Id(review), EvaluationDemoData.ModelId(1, cellNumber), Id(programme), Id(inspection), Id(guest))
            {
                Denunciation = Id(denunciation),
                DisciplineComplaint = Id(complaint),
                InspectionTopic = Id(topic),
                MassOrganizationRating = Id(massRating),
                CivilServantRating = Id(civilServant),
                Election = Id(election),
            };
        }

        /// <summary>A resolution of the place's organisation with a target and a task (at the committee: the demo's action programme).</summary>
        private async Task<(Guid, Guid, Guid)> ResolutionAsync(HttpClient admin, Place place)
        {
            var ids = places[place];
            JsonElement resolution;
            Guid owner;
            if (place == Place.Parent)
            {
                resolution = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resolutions/{DemoDataSeeder.ActionProgrammeId}", HttpExtensions.Json);
                owner = DemoMembers.All[0].Id;
            }
            else
            {
                resolution = await PostAsync(admin, "/api/v1/resolutions", new { organizationId = ids.Organization, kind = "ACTION_PROGRAMME", header = ResolutionHeader });
                owner = ids.Member;
                resolution = await PostAsync(admin, $"/api/v1/resolutions/{Id(resolution)}/tasks", new { title = "Nhiệm vụ ma trận", ownerMemberId = owner, deadline = "2020-12-31" }, resolution);
            }

            resolution = await PostAsync(admin, $"/api/v1/resolutions/{Id(resolution)}/targets", new { indicator = "NEW_MEMBERS_ADMITTED", year = 2020, kind = "AT_LEAST", low = 1, text = "Kết nạp đảng viên mới" }, resolution);
            return (Id(resolution), resolution.GetProperty("targets")[0].GetProperty("id").GetGuid(), resolution.GetProperty("tasks")[0].GetProperty("id").GetGuid());
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
