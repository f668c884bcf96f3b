using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Application.Membership.Cards.IssueCard;

/// <summary>The committee's decision issuing a full member's first party card.</summary>
/// <param name="Number">8-digit card number.</param>
/// <param name="IssuedOn">Date of the decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
public sealed record CardIssue([property: Required] string? Number, [property: Required] DateOnly? IssuedOn, string? DecisionNumber);

public sealed record IssueCardCommand(Guid MemberId, long ExpectedVersion, CardIssue Issue) : ICommand<PartyCardRegisterDto>;

public sealed class IssueCardValidator : AbstractValidator<IssueCardCommand>
{
    public IssueCardValidator(TimeProvider time)
    {
        RuleFor(c => c.Issue.Number).NotEmpty().Matches(@"^\d{8}\z").WithErrorCode("member.card_number_invalid")
            .WithMessage(_ => Messages.Format("member.card_number_invalid")).OverridePropertyName("number");
        RuleFor(c => c.Issue.IssuedOn).NotNull().IsEventDate(time).OverridePropertyName("issuedOn");
        RuleFor(c => c.Issue.DecisionNumber).MaximumLength(PartyCard.DecisionNumberMaxLength).OverridePropertyName("decisionNumber");
    }
}

public sealed class IssueCardHandler(IAppDbContext db, IOrganizationScope scope) : ICommandHandler<IssueCardCommand, PartyCardRegisterDto>
{
    public async ValueTask<PartyCardRegisterDto> Handle(IssueCardCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberWithCardsAsync(scope, command.MemberId, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        await db.EnsureNumberFreeAsync(command.Issue.Number!, member.Id, cancellationToken);
        member.IssueCard(command.Issue.Number!, command.Issue.IssuedOn!.Value, command.Issue.DecisionNumber);
        await db.SaveChangesAsync(cancellationToken);
        return PartyCardRegisterDto.From(member);
    }
}
