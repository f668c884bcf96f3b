using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.CloseElection;

/// <summary>Closes an election: the result is computed and kept.</summary>
/// <param name="ClosedOn">Day the result is recorded (on or after the election, not in the future).</param>
public sealed record CloseElectionInput([property: Required] DateOnly? ClosedOn);

public sealed record CloseElectionCommand(Guid ElectionId, long ExpectedVersion, CloseElectionInput Close) : ICommand<ElectionDto>;

public sealed class CloseElectionValidator : AbstractValidator<CloseElectionCommand>
{
    public CloseElectionValidator(TimeProvider time)
    {
        RuleFor(c => c.Close.ClosedOn).NotNull().IsEventDate(time).OverridePropertyName("closedOn");
    }
}

public sealed class CloseElectionHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<ElectionRuleSet> rules, ElectionOptions options)
    : ICommandHandler<CloseElectionCommand, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(CloseElectionCommand command, CancellationToken cancellationToken)
    {
        var election = await db.LoadElectionInScopeAsync(scope, command.ElectionId, tracking: true, cancellationToken);
        election.EnsureVersion(command.ExpectedVersion);
        election.Close(command.Close.ClosedOn!.Value, rules.Find(election.RuleSetCode)!, options.Quorum, time.TodayInVietnam());
        db.Elections.MarkChanged(election);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(election, rules, options.Quorum, cancellationToken);
    }
}
