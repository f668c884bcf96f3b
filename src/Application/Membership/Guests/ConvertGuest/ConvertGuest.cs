using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests.ConvertGuest;

/// <summary>
/// The official transfer of a guest into the host cell: the home committee's official introduction letter and the
/// member's record as the home organisation keeps it (the record's fields, with the admission and recognition dates
/// of the home record). The member is PROBATIONARY, or FULL when <see cref="MemberFields.FullMembershipDate"/> is given.
/// </summary>
public sealed record GuestConversion : MemberFields
{
    /// <summary>Number of the official introduction letter (giấy giới thiệu sinh hoạt đảng chính thức) of the home committee.</summary>
    [Required]
    public string? OfficialLetterNumber { get; init; }

    /// <summary>Date of that letter: the presentation deadline (30 working days) counts from it.</summary>
    [Required]
    public DateOnly? OfficialLetterDate { get; init; }

    /// <summary>The day the host cell received the official letter: the member belongs to it and the guest is closed that day.</summary>
    [Required]
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The change that causes the official transfer (with causeOn), when known.</summary>
    public TransferCause? Cause { get; init; }

    /// <summary>The day that change took effect.</summary>
    public DateOnly? CauseOn { get; init; }
}

public sealed record ConvertGuestCommand(Guid Id, long ExpectedVersion, GuestConversion Conversion) : ICommand<GuestDto>;

public sealed class GuestConversionValidator : AbstractValidator<GuestConversion>
{
    public GuestConversionValidator(TimeProvider time)
    {
        this.AddMemberFieldRules();
        this.AddMemberEventDateRules(time);
        RuleFor(c => c.OfficialLetterNumber).NotEmpty().MaximumLength(Transfer.DecisionNumberMaxLength);
        RuleFor(c => c.OfficialLetterDate).NotNull().IsEventDate(time);
        RuleFor(c => c.ReceivedOn).NotNull().IsEventDate(time)
            .GreaterThanOrEqualTo(c => c.OfficialLetterDate).When(c => c.OfficialLetterDate is not null);
        RuleFor(c => c.Cause).IsDefinedEnum();
        RuleFor(c => c.CauseOn).IsEventDate(time);
    }
}

public sealed class ConvertGuestValidator : AbstractValidator<ConvertGuestCommand>
{
    public ConvertGuestValidator(TimeProvider time)
    {
        RuleFor(c => c.Conversion).SetValidator(new GuestConversionValidator(time)).OverridePropertyName(string.Empty);
    }
}

/// <summary>
/// ATTENDING → CONVERTED: creates the member record in the host cell from the guest's data and the home record, records
/// the official INCOMING transfer (requested and sent on the letter's date, received on receivedOn: its presentation
/// deadline and lateness are those of any official transfer) and closes the guest the same day, in one transaction,
/// under the host cell's lock.
/// </summary>
public sealed class ConvertGuestHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules, RuleBook<AdmissionRuleSet> admissionRules)
    : ICommandHandler<ConvertGuestCommand, GuestDto>
{
    public async ValueTask<GuestDto> Handle(ConvertGuestCommand command, CancellationToken cancellationToken)
    {
        var guest = await db.LoadGuestInScopeAsync(scope, command.Id, tracking: false, cancellationToken);
        return await db.ExclusiveAsync([Locks.Organization(guest.HostOrganizationId)], ct => ConvertAsync(command, ct), cancellationToken);
    }

    private async Task<GuestDto> ConvertAsync(ConvertGuestCommand command, CancellationToken cancellationToken)
    {
        var guest = await db.LoadGuestInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        guest.EnsureVersion(command.ExpectedVersion);
        var c = command.Conversion;
        var today = time.TodayInVietnam();
        if (guest.DateOfBirth is { } born && born != c.DateOfBirth)
        {
            throw new DomainRuleException(
                "guest.conversion_identity_mismatch",
                "The record's date of birth differs from the one of the temporary letter.",
                RuleViolationKind.Unprocessable,
                born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var host = await db.Organizations.FirstAsync(o => o.Id == guest.HostOrganizationId, cancellationToken);
        await db.EnsureUniqueAsync(c, null, cancellationToken);
        var receivedOn = c.ReceivedOn!.Value;
        var status = c.FullMembershipDate is not null ? MemberStatus.Full : MemberStatus.Probationary;
        var member = PartyMember.Register(
            Ids.NewVersion7(time.GetUtcNow()), c.ToProfile(), c.ToAdmission(), host, status, receivedOn, c.OfficialLetterNumber!.Trim(), admissionRules);
        member.UpdateRecordDetails(c.ToDetails(), c.ToWorkHistory(), c.ToFamilyRelations());

        var letterDate = c.OfficialLetterDate!.Value;
        var transfer = Transfer.Request(
            Ids.NewVersion7(time.GetUtcNow()),
            new TransferRequest(TransferKind.Official, TransferDirection.Incoming, guest.Purpose, guest.HomeOrganization, letterDate, null, c.OfficialLetterNumber, c.Cause, c.CauseOn),
            member,
            host,
            host,
            memberHasOpenTransfer: false,
            today,
            rules);
        transfer.Send(letterDate, member, today);
        transfer.Receive(receivedOn, member, host, today);
        guest.ConvertToOfficial(member.Id, transfer.Id, receivedOn, today);

        db.Members.Add(member);
        db.Transfers.Add(transfer);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(guest, rules, cancellationToken);
    }
}

/// <summary>Messages of the conversion of a guest into an official transfer (code → Vietnamese, English).</summary>
internal sealed class GuestConversionMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["guest.conversion_identity_mismatch"] = ("Ngày sinh trong hồ sơ khác ngày sinh trên giấy giới thiệu sinh hoạt tạm thời ({0}).", "The record's date of birth differs from the temporary letter's ({0})."),
        ["guest.meeting_not_at_host"] = ("Cuộc họp không phải của chi bộ nơi đảng viên sinh hoạt tạm thời.", "The meeting is not one of the guest's host cell."),
        ["guest.not_attending_on_meeting_day"] = ("Đảng viên không sinh hoạt tạm thời tại chi bộ vào ngày họp {0}.", "The guest was not on temporary party activity at the host cell on the meeting's day {0}."),
        ["guest.meeting_not_found"] = ("Không tìm thấy cuộc họp {0} trong phạm vi của bạn.", "Meeting {0} was not found in your scope."),
    };
}
