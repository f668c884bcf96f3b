using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.RecordElectionBallots;

/// <summary>The votes of one candidate.</summary>
/// <param name="MemberId">A candidate on the list.</param>
/// <param name="Votes">Votes received, at most the valid ballots.</param>
public sealed record CandidateVotesInput([property: Required] Guid? MemberId, [property: Required] int? Votes);

/// <summary>The count (biên bản kiểm phiếu).</summary>
/// <param name="BallotsIssued">Ballots issued, at most the voters present.</param>
/// <param name="BallotsValid">Valid ballots, at most those issued.</param>
/// <param name="Votes">Every candidate's votes, once.</param>
/// <param name="DecisionNumber">Number of the record of the count or of the resolution announcing the result.</param>
public sealed record BallotsInput(
    [property: Required] int? BallotsIssued,
    [property: Required] int? BallotsValid,
    [property: Required] IReadOnlyList<CandidateVotesInput>? Votes,
    string? DecisionNumber);

public sealed record RecordElectionBallotsCommand(Guid ElectionId, long ExpectedVersion, BallotsInput Ballots) : ICommand<ElectionDto>;

public sealed class RecordElectionBallotsValidator : AbstractValidator<RecordElectionBallotsCommand>
{
    public RecordElectionBallotsValidator()
    {
        RuleFor(c => c.Ballots.BallotsIssued).NotNull().InclusiveBetween(0, 100_000).OverridePropertyName("ballotsIssued");
        RuleFor(c => c.Ballots.BallotsValid).NotNull().InclusiveBetween(0, 100_000).OverridePropertyName("ballotsValid");
        RuleFor(c => c.Ballots.Votes).NotNull().Must(v => v is null || v.Count <= 500)
            .Must(v => v is null || v.Select(x => x.MemberId).Distinct().Count() == v.Count).WithMessage("Each candidate once.").OverridePropertyName("votes");
        RuleForEach(c => c.Ballots.Votes).ChildRules(v =>
        {
            v.RuleFor(x => x.MemberId).NotEmpty();
            v.RuleFor(x => x.Votes).NotNull().InclusiveBetween(0, 100_000);
        }).OverridePropertyName("votes");
        RuleFor(c => c.Ballots.DecisionNumber).MaximumLength(Election.DecisionNumberMaxLength).OverridePropertyName("decisionNumber");
    }
}

public sealed class RecordElectionBallotsHandler(
    IAppDbContext db, IOrganizationScope scope, RuleBook<ElectionRuleSet> rules, ElectionOptions options)
    : ICommandHandler<RecordElectionBallotsCommand, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(RecordElectionBallotsCommand command, CancellationToken cancellationToken)
    {
        var election = await db.LoadElectionInScopeAsync(scope, command.ElectionId, tracking: true, cancellationToken);
        election.EnsureVersion(command.ExpectedVersion);
        var input = command.Ballots;
        election.RecordBallots(
            input.BallotsIssued!.Value, input.BallotsValid!.Value, input.Votes!.ToDictionary(v => v.MemberId!.Value, v => v.Votes!.Value), input.DecisionNumber);
        db.Elections.MarkChanged(election);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(election, rules, options.Quorum, cancellationToken);
    }
}
