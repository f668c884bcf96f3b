using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members;

/// <summary>The fields of a member's record that a form (or an import row) carries, as in forms 2-KNĐ / 2-HSĐV.</summary>
public record MemberFields
{
    /// <summary>Full name, e.g. "Nguyễn Thị Minh Khai".</summary>
    [Required]
    public string? FullName { get; init; }

    /// <summary>MALE or FEMALE.</summary>
    [Required]
    public Sex? Sex { get; init; }

    [Required]
    public DateOnly? DateOfBirth { get; init; }

    public string? PlaceOfBirth { get; init; }

    public string? HomeTown { get; init; }

    /// <summary>Two-digit code of the 54 ethnic groups (01 Kinh, 05 Khơ-me, …; see /api/v1/reference/ethnicities).</summary>
    [Required]
    public string? EthnicityCode { get; init; }

    public string? Religion { get; init; }

    /// <summary>12-digit citizen identity number (CCCD).</summary>
    public string? CitizenId { get; init; }

    [Required]
    public GeneralEducation? GeneralEducation { get; init; }

    [Required]
    public ProfessionalLevel? ProfessionalLevel { get; init; }

    [Required]
    public PoliticalTheoryLevel? PoliticalTheoryLevel { get; init; }

    /// <summary>Job title or post.</summary>
    public string? Position { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    /// <summary>Member of the provincial party executive committee (Ủy viên BCH Tỉnh ủy).</summary>
    public bool? IsProvincialCommitteeMember { get; init; }

    /// <summary>8-digit party card number.</summary>
    public string? PartyCardNumber { get; init; }

    /// <summary>Record number: 6 digits and the province letters, e.g. 012345ST.</summary>
    public string? RecordNumber { get; init; }

    /// <summary>Date of the admission decision; party seniority counts from it.</summary>
    [Required]
    public DateOnly? AdmissionDecisionDate { get; init; }

    public string? AdmissionDecisionNumber { get; init; }

    /// <summary>Date of the admission ceremony.</summary>
    public DateOnly? CeremonyDate { get; init; }

    /// <summary>Date of recognition as a full member.</summary>
    public DateOnly? FullMembershipDate { get; init; }

    public MemberProfile ToProfile() => new(
        FullName!, Sex!.Value, DateOfBirth!.Value, PlaceOfBirth, HomeTown, EthnicityCode!, Religion, CitizenId,
        GeneralEducation!.Value, ProfessionalLevel!.Value, PoliticalTheoryLevel!.Value, Position, Phone, Email, Address,
        IsProvincialCommitteeMember ?? false, PartyCardNumber, RecordNumber);

    public AdmissionRecord ToAdmission() => new(AdmissionDecisionDate!.Value, AdmissionDecisionNumber, CeremonyDate, FullMembershipDate);
}

public static class MemberFieldRules
{
    /// <summary>The field rules of a member record, shared by create, update and import.</summary>
    public static void AddMemberFieldRules<T>(this AbstractValidator<T> v)
        where T : MemberFields
    {
        v.RuleFor(m => m.FullName).NotEmpty().MaximumLength(PersonName.MaxLength).IsName(NameKind.Person);
        v.RuleFor(m => m.Sex).NotNull().IsInEnum();
        v.RuleFor(m => m.DateOfBirth).NotNull().InclusiveBetween(EventDates.EarliestCivil, EventDates.Latest);
        v.RuleFor(m => m.PlaceOfBirth).MaximumLength(256);
        v.RuleFor(m => m.HomeTown).MaximumLength(256);
        v.RuleFor(m => m.EthnicityCode).NotEmpty()
            .Must(Ethnicities.IsKnown).WithErrorCode("member.ethnicity_unknown")
            .WithMessage(m => Messages.Format("member.ethnicity_unknown", m.EthnicityCode ?? string.Empty));
        v.RuleFor(m => m.Religion).MaximumLength(64);
        v.RuleFor(m => m.CitizenId).Matches(@"^\d{12}\z").WithErrorCode("member.citizen_id_invalid")
            .WithMessage(_ => Messages.Format("member.citizen_id_invalid"));
        v.RuleFor(m => m.GeneralEducation).NotNull().IsInEnum();
        v.RuleFor(m => m.ProfessionalLevel).NotNull().IsInEnum();
        v.RuleFor(m => m.PoliticalTheoryLevel).NotNull().IsInEnum();
        v.RuleFor(m => m.Position).MaximumLength(256);
        v.RuleFor(m => m.Phone).Matches(@"^\+?[0-9 .-]{8,20}\z");
        v.RuleFor(m => m.Email).EmailAddress().MaximumLength(256);
        v.RuleFor(m => m.Address).MaximumLength(512);
        v.RuleFor(m => m.PartyCardNumber).Matches(@"^\d{8}\z").WithErrorCode("member.card_number_invalid")
            .WithMessage(_ => Messages.Format("member.card_number_invalid"));
        v.RuleFor(m => m.RecordNumber).Matches(@"^\d{6}[A-Za-z]{1,4}\z").WithErrorCode("member.record_number_invalid")
            .WithMessage(_ => Messages.Format("member.record_number_invalid"));
        v.RuleFor(m => m.AdmissionDecisionDate).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        v.RuleFor(m => m.CeremonyDate).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        v.RuleFor(m => m.FullMembershipDate).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        v.RuleFor(m => m.AdmissionDecisionDate)
            .Must((m, date) => m.DateOfBirth is null || date is null || PartyMember.MonthsBetween(m.DateOfBirth.Value, date.Value) >= 18 * 12)
            .WithErrorCode("member.too_young")
            .WithMessage(_ => Messages.Format("member.too_young"));
    }
}

public static class MemberEventDateRules
{
    /// <summary>
    /// Date of birth, admission decision, ceremony and full membership have happened: not after today, and not before
    /// 1900-01-01 (birth) or the party's founding (the others). See <see cref="EventDateValidation"/>.
    /// </summary>
    public static void AddMemberEventDateRules<T>(this AbstractValidator<T> v, TimeProvider time)
        where T : MemberFields
    {
        v.RuleFor(m => m.DateOfBirth).IsEventDate(time, EventDates.EarliestCivil);
        v.RuleFor(m => m.AdmissionDecisionDate).IsEventDate(time);
        v.RuleFor(m => m.CeremonyDate).IsEventDate(time);
        v.RuleFor(m => m.FullMembershipDate).IsEventDate(time);
    }
}

internal static class MemberUniqueness
{
    /// <summary>Party card, citizen ID and record number belong to one member only (409 otherwise).</summary>
    public static async Task EnsureUniqueAsync(this IAppDbContext db, MemberFields fields, Guid? exceptMemberId, CancellationToken cancellationToken)
    {
        var others = db.Members.Where(m => m.Id != exceptMemberId);
        if (fields.PartyCardNumber is { } card && await others.AnyAsync(m => m.PartyCardNumber == card, cancellationToken))
        {
            throw new ConflictException("member.card_number_taken", "Party card number in use.", card);
        }

        if (fields.CitizenId is { } citizenId && await others.AnyAsync(m => m.CitizenId == citizenId, cancellationToken))
        {
            throw new ConflictException("member.citizen_id_taken", "Citizen ID in use.");
        }

        if (fields.RecordNumber?.ToUpperInvariant() is { } record && await others.AnyAsync(m => m.RecordNumber == record, cancellationToken))
        {
            throw new ConflictException("member.record_number_taken", "Record number in use.", record);
        }
    }
}
