using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Application.Membership.Cards.ReissueCard;

/// <summary>The committee's decision reissuing a lost card or exchanging a damaged one (form 4-TĐV of Hướng dẫn 12-HD/BTCTW 2022).</summary>
/// <param name="Reason">LOST or DAMAGED.</param>
/// <param name="IssuedOn">Date of the decision; the old card is void from that day.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="NewNumber">The new card's number when the decision gives another one; by default the number is kept.</param>
public sealed record CardReissue([property: Required] PartyCardEndReason? Reason, [property: Required] DateOnly? IssuedOn, string? DecisionNumber, string? NewNumber);

public sealed record ReissueCardCommand(Guid MemberId, long ExpectedVersion, CardReissue Reissue) : ICommand<PartyCardRegisterDto>;

public sealed class ReissueCardValidator : AbstractValidator<ReissueCardCommand>
{
    public ReissueCardValidator(TimeProvider time)
    {
        RuleFor(c => c.Reissue.Reason).NotNull().IsDefinedEnum()
            .Must(r => r is null or PartyCardEndReason.Lost or PartyCardEndReason.Damaged).WithErrorCode("card.reissue_reason_invalid")
            .WithMessage(c => Messages.Format("card.reissue_reason_invalid", c.Reissue.Reason?.ToString() ?? string.Empty))
            .OverridePropertyName("reason");
        RuleFor(c => c.Reissue.IssuedOn).NotNull().IsEventDate(time).OverridePropertyName("issuedOn");
        RuleFor(c => c.Reissue.DecisionNumber).MaximumLength(PartyCard.DecisionNumberMaxLength).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Reissue.NewNumber).Matches(@"^\d{8}\z").WithErrorCode("member.card_number_invalid")
            .WithMessage(_ => Messages.Format("member.card_number_invalid")).OverridePropertyName("newNumber");
    }
}

public sealed class ReissueCardHandler(IAppDbContext db, IOrganizationScope scope) : ICommandHandler<ReissueCardCommand, PartyCardRegisterDto>
{
    public async ValueTask<PartyCardRegisterDto> Handle(ReissueCardCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberWithCardsAsync(scope, command.MemberId, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        if (command.Reissue.NewNumber is { } number)
        {
            await db.EnsureNumberFreeAsync(number, member.Id, cancellationToken);
        }

        member.ReissueCard(command.Reissue.Reason!.Value, command.Reissue.IssuedOn!.Value, command.Reissue.DecisionNumber, command.Reissue.NewNumber);
        await db.SaveChangesAsync(cancellationToken);
        return PartyCardRegisterDto.From(member);
    }
}
