using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.RecordElectionElectorate;

/// <summary>A voter summoned.</summary>
/// <param name="MemberId">The party member: on the election date a full member of the organisation, not suspended.</param>
/// <param name="Attendance">PRESENT, ABSENT or ABSENT_EXCUSED.</param>
public sealed record ElectionVoterInput([property: Required] Guid? MemberId, [property: Required] ElectionAttendance? Attendance);

/// <summary>The voters summoned (replaces the list; the count is cleared).</summary>
/// <param name="Voters">Every voter summoned, once.</param>
public sealed record ElectorateInput([property: Required] IReadOnlyList<ElectionVoterInput>? Voters);

public sealed record RecordElectionElectorateCommand(Guid ElectionId, long ExpectedVersion, ElectorateInput Electorate) : ICommand<ElectionDto>;

public sealed class RecordElectionElectorateValidator : AbstractValidator<RecordElectionElectorateCommand>
{
    public RecordElectionElectorateValidator()
    {
        RuleFor(c => c.Electorate.Voters).NotNull().Must(v => v is null || v.Count <= 5000).OverridePropertyName("voters");
        RuleForEach(c => c.Electorate.Voters).ChildRules(v =>
        {
            v.RuleFor(x => x.MemberId).NotEmpty();
            v.RuleFor(x => x.Attendance).NotNull().IsDefinedEnum();
        }).OverridePropertyName("voters");
    }
}

public sealed class RecordElectionElectorateHandler(
    IAppDbContext db, IOrganizationScope scope, RuleBook<ElectionRuleSet> rules, ElectionOptions options)
    : ICommandHandler<RecordElectionElectorateCommand, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(RecordElectionElectorateCommand command, CancellationToken cancellationToken)
    {
        var election = await db.LoadElectionInScopeAsync(scope, command.ElectionId, tracking: true, cancellationToken);
        election.EnsureVersion(command.ExpectedVersion);
        var input = command.Electorate.Voters!;
        var (members, context) = await db.GatherAsync(scope, election, [.. input.Select(v => v.MemberId!.Value)], cancellationToken);
        election.RecordElectorate([.. input.Select(v => (members[v.MemberId!.Value], v.Attendance!.Value))], context, rules.Find(election.RuleSetCode)!);
        db.Elections.MarkChanged(election);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(election, rules, options.Quorum, cancellationToken);
    }
}
