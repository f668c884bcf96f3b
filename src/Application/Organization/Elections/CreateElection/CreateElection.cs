using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.CreateElection;

/// <summary>Opens the record of an election.</summary>
/// <param name="OrganizationId">The organisation holding the election (its congress, or its executive committee's conference).</param>
/// <param name="TermId">The organisation's term the body is elected for.</param>
/// <param name="Body">EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, INSPECTION_COMMISSION or CELL_COMMITTEE (as the organisation's type allows); required for kind BODY, omitted for DELEGATES.</param>
/// <param name="Office">An office of the body (SECRETARY, DEPUTY_SECRETARY, INSPECTION_CHAIR, INSPECTION_VICE_CHAIR); omitted: the body's members.</param>
/// <param name="HeldOn">Day of the vote, within the term; the election rule set in force that day applies.</param>
/// <param name="Seats">Number to elect (1 for a secretary or an inspection chair); for DELEGATES, the official delegates allotted by the superior committee.</param>
/// <param name="Kind">BODY (default): a body or an office in it; DELEGATES: delegates to the superior congress, with alternates, no body.</param>
/// <param name="Alternates">DELEGATES only: the alternates (đại biểu dự khuyết) to elect (0 to 99; default 0).</param>
/// <param name="Congress">DELEGATES only (required): the superior congress the delegates attend.</param>
/// <param name="AllotmentDocument">DELEGATES only: the superior committee's document allotting the number of delegates.</param>
public sealed record CreateElectionCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] Guid? TermId,
    BodyKind? Body,
    BodyRole? Office,
    [property: Required] DateOnly? HeldOn,
    [property: Required] int? Seats,
    ElectionKind? Kind = null,
    int? Alternates = null,
    string? Congress = null,
    string? AllotmentDocument = null) : ICommand<ElectionDto>;

public sealed class CreateElectionValidator : AbstractValidator<CreateElectionCommand>
{
    public CreateElectionValidator(TimeProvider time)
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.TermId).NotEmpty();
        RuleFor(c => c.Kind).IsDefinedEnum();
        RuleFor(c => c.Office).IsDefinedEnum();
        RuleFor(c => c.HeldOn).NotNull().IsEventDate(time);
        RuleFor(c => c.Seats).NotNull().InclusiveBetween(1, 99);
        When(c => c.Kind == ElectionKind.Delegates, () =>
        {
            RuleFor(c => c.Body).Null().WithMessage("A delegate election elects no body: omit body.");
            RuleFor(c => c.Office).Null().WithMessage("A delegate election elects no office: omit office.");
            RuleFor(c => c.Alternates).InclusiveBetween(0, 99);
            RuleFor(c => c.Congress).NotEmpty().MaximumLength(Election.CongressMaxLength);
            RuleFor(c => c.AllotmentDocument).MaximumLength(Election.DecisionNumberMaxLength);
        }).Otherwise(() =>
        {
            RuleFor(c => c.Body).NotNull().IsDefinedEnum();
            RuleFor(c => c.Alternates).Null().WithMessage("Only a delegate election has alternates.");
            RuleFor(c => c.Congress).Null().WithMessage("Only a delegate election names a superior congress.");
            RuleFor(c => c.AllotmentDocument).Null().WithMessage("Only a delegate election has an allotment document.");
        });
    }
}

public sealed class CreateElectionHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<ElectionRuleSet> rules, ElectionOptions options)
    : ICommandHandler<CreateElectionCommand, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(CreateElectionCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == command.OrganizationId, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new DomainRuleException("election.organization_not_found", "The organisation was not found.", RuleViolationKind.Unprocessable, command.OrganizationId!.Value);
        }

        var term = await db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TermId, cancellationToken)
            ?? throw new DomainRuleException("election.term_not_found", "The term was not found.", RuleViolationKind.Unprocessable, command.TermId!.Value);

        var election = command.Kind == ElectionKind.Delegates
            ? Election.OpenDelegates(
                Ids.NewVersion7(time.GetUtcNow()), organization, term, command.HeldOn!.Value, command.Seats!.Value, command.Alternates ?? 0,
                command.Congress!, command.AllotmentDocument, rules, time.TodayInVietnam())
            : Election.Open(
                Ids.NewVersion7(time.GetUtcNow()), organization, term, command.Body!.Value, command.Office, command.HeldOn!.Value, command.Seats!.Value,
                rules, time.TodayInVietnam());
        db.Elections.Add(election);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(election, rules, options.Quorum, cancellationToken);
    }
}
