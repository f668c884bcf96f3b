using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.ListDelegates;

/// <summary>
/// The delegates a congress elected to the superior congress: the closed rounds of the delegate election that
/// <paramref name="Id"/> belongs to (its first round and every further round after it), officials then alternates.
/// </summary>
public sealed record ListDelegatesQuery(Guid Id) : IQuery<CongressDelegatesDto>;

public sealed class ListDelegatesHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListDelegatesQuery, CongressDelegatesDto>
{
    public async ValueTask<CongressDelegatesDto> Handle(ListDelegatesQuery query, CancellationToken cancellationToken)
    {
        var election = await db.LoadElectionInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        if (!election.IsDelegateElection)
        {
            throw new DomainRuleException("election.not_delegates", "This election elects a body, not delegates to the superior congress: see its result.", RuleViolationKind.Conflict);
        }

        // Every round of the same organisation, term and day; the chain is followed through PreviousRoundId.
        var rounds = await db.Elections.AsNoTracking().Include(e => e.Candidates)
            .Where(e => e.OrganizationId == election.OrganizationId && e.TermId == election.TermId && e.HeldOn == election.HeldOn && e.Kind == ElectionKind.Delegates)
            .ToListAsync(cancellationToken);
        var first = election;
        while (first.PreviousRoundId is { } previous && rounds.FirstOrDefault(r => r.Id == previous) is { } before)
        {
            first = before;
        }

        var chain = new List<Election> { first };
        while (rounds.FirstOrDefault(r => r.PreviousRoundId == chain[^1].Id) is { } next)
        {
            chain.Add(next);
        }

        var elected = chain.Where(r => r.Status == ElectionStatus.Closed)
            .SelectMany(r => r.Candidates.Where(c => c.Standing is not null).Select(c => (Round: r, Candidate: c)))
            .ToList();
        var ids = elected.Select(e => e.Candidate.MemberId).Distinct().ToList();
        var names = await db.CandidateNamesAsync(ids, cancellationToken);

        List<DelegateDto> Of(DelegateStanding standing) =>
        [
            .. elected.Where(e => e.Candidate.Standing == standing)
                .OrderBy(e => e.Round.Round).ThenByDescending(e => e.Candidate.Votes)
                .Select(e => new DelegateDto(e.Candidate.MemberId, names.GetValueOrDefault(e.Candidate.MemberId, string.Empty), standing, e.Candidate.Votes ?? 0, e.Round.Round, e.Round.Id)),
        ];

        var officials = Of(DelegateStanding.Official);
        var alternates = Of(DelegateStanding.Alternate);
        return new CongressDelegatesDto(
            first.Id, first.OrganizationId, first.Congress ?? string.Empty, first.AllotmentDocument, first.Seats, first.Alternates, officials, alternates,
            officials.Count >= first.Seats && alternates.Count >= first.Alternates);
    }
}

/// <summary>Messages of the elections of delegates to the superior congress (code → Vietnamese, English).</summary>
internal sealed class DelegateMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["election.delegates_number_invalid"] = ("Số đại biểu chính thức được phân bổ ít nhất là 1 và số đại biểu dự khuyết không âm ({0}, {1}).", "At least one official delegate, and no negative number of alternates, is allotted ({0}, {1})."),
        ["election.congress_required"] = ("Ghi rõ đại hội cấp trên mà đại biểu được bầu đi dự.", "Name the superior congress the delegates attend."),
        ["election.delegates_take_no_seats"] = ("Bầu đại biểu dự đại hội cấp trên ({0}) không bầu cơ quan lãnh đạo nào: không có ghế để nhận.", "An election of delegates to the superior congress ({0}) elects no body: there are no seats to take."),
        ["election.not_delegates"] = ("Cuộc bầu cử này bầu cơ quan lãnh đạo, không bầu đại biểu dự đại hội cấp trên: xem kết quả bầu cử.", "This election elects a body, not delegates to the superior congress: see its result."),
    };
}
