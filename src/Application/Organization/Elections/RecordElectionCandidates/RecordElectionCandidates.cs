using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Standing;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.RecordElectionCandidates;

/// <summary>The list of candidates (replaces the list; the count is cleared).</summary>
/// <param name="MemberIds">Each candidate once: on the election date a full member of the organisation, not suspended.</param>
public sealed record CandidatesInput([property: Required] IReadOnlyList<Guid>? MemberIds);

public sealed record RecordElectionCandidatesCommand(Guid ElectionId, long ExpectedVersion, CandidatesInput Candidates) : ICommand<ElectionDto>;

public sealed class RecordElectionCandidatesValidator : AbstractValidator<RecordElectionCandidatesCommand>
{
    public RecordElectionCandidatesValidator()
    {
        RuleFor(c => c.Candidates.MemberIds).NotEmpty().Must(v => v is null || v.Count <= 500).OverridePropertyName("memberIds");
        RuleForEach(c => c.Candidates.MemberIds).NotEmpty().OverridePropertyName("memberIds");
    }
}

public sealed class RecordElectionCandidatesHandler(
    IAppDbContext db, IOrganizationScope scope, RuleBook<ElectionRuleSet> rules, ElectionOptions options, IEnumerable<IStandingBars> bars)
    : ICommandHandler<RecordElectionCandidatesCommand, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(RecordElectionCandidatesCommand command, CancellationToken cancellationToken)
    {
        var election = await db.LoadElectionInScopeAsync(scope, command.ElectionId, tracking: true, cancellationToken);
        election.EnsureVersion(command.ExpectedVersion);
        var ids = command.Candidates.MemberIds!;
        var (members, context) = await db.GatherAsync(scope, election, ids, cancellationToken);
        var dismissals = new List<(Guid, DateOnly)>();
        foreach (var source in bars)
        {
            dismissals.AddRange((await source.DismissalsAsync(ids, election.HeldOn, cancellationToken)).Select(b => (b.MemberId, b.DecidedOn)));
        }

        context = context with { Dismissals = dismissals };
        election.RecordCandidates([.. ids.Select(id => members[id])], context, rules.Find(election.RuleSetCode)!);
        db.Elections.MarkChanged(election);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(election, rules, options.Quorum, cancellationToken);
    }
}
