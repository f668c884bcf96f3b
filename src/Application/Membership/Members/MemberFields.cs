using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Privacy;
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

    /// <summary>Date of joining the Ho Chi Minh Communist Youth Union (ngày vào Đoàn).</summary>
    public DateOnly? YouthUnionJoinedOn { get; init; }

    /// <summary>Occupation (nghề nghiệp).</summary>
    public string? Occupation { get; init; }

    /// <summary>Foreign languages and levels (ngoại ngữ), e.g. "Tiếng Anh B1".</summary>
    public string? ForeignLanguages { get; init; }

    /// <summary>Information technology level (tin học).</summary>
    public string? ItLevel { get; init; }

    /// <summary>Academic title (học hàm): NONE, ASSOCIATE_PROFESSOR or PROFESSOR.</summary>
    public AcademicTitle? AcademicTitle { get; init; }

    /// <summary>Awards: orders, medals, titles (khen thưởng).</summary>
    public string? Awards { get; init; }

    /// <summary>Work history (quá trình công tác), replaced as a whole.</summary>
    public IReadOnlyList<WorkHistoryItem>? WorkHistory { get; init; }

    /// <summary>Family relations (quan hệ gia đình), replaced as a whole; personal data.</summary>
    public IReadOnlyList<FamilyRelationItem>? FamilyRelations { get; init; }

    public MemberRecordDetails ToDetails() => new(YouthUnionJoinedOn, Occupation, ForeignLanguages, ItLevel, AcademicTitle ?? Domain.Membership.AcademicTitle.None, Awards);

    public IReadOnlyList<WorkHistoryLine> ToWorkHistory() => [.. (WorkHistory ?? []).Select(w => new WorkHistoryLine(w.From!.Value, w.To, w.Description!))];

    public IReadOnlyList<FamilyRelationLine> ToFamilyRelations() =>
        [.. (FamilyRelations ?? []).Select(f => new FamilyRelationLine(f.Relation!, f.FullName!, f.BirthYear, f.Occupation, f.PoliticalHistory, f.Address))];

    public MemberProfile ToProfile() => new(
        FullName!, Sex!.Value, DateOfBirth!.Value, PlaceOfBirth, HomeTown, EthnicityCode!, Religion, CitizenId,
        GeneralEducation!.Value, ProfessionalLevel!.Value, PoliticalTheoryLevel!.Value, Position, Phone, Email, Address,
        IsProvincialCommitteeMember ?? false, PartyCardNumber, RecordNumber);

    public AdmissionRecord ToAdmission() => new(AdmissionDecisionDate!.Value, AdmissionDecisionNumber, CeremonyDate, FullMembershipDate);
}

/// <summary>A line of the work history.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day; empty while it continues.</param>
/// <param name="Description">Where and as what, e.g. "Chuyên viên Phòng Lao động – Việc làm, Sở LĐTBXH".</param>
public sealed record WorkHistoryItem([property: Required] DateOnly? From, DateOnly? To, [property: Required] string? Description);

/// <summary>A family relation of form 2-HSĐV.</summary>
/// <param name="Relation">Relation, e.g. "Cha", "Mẹ", "Vợ", "Con".</param>
/// <param name="FullName">Full name.</param>
/// <param name="BirthYear">Year of birth.</param>
/// <param name="Occupation">Occupation.</param>
/// <param name="PoliticalHistory">Political history and attitude.</param>
/// <param name="Address">Where the person lives.</param>
public sealed record FamilyRelationItem(
    [property: Required] string? Relation, [property: Required] string? FullName, int? BirthYear, string? Occupation, string? PoliticalHistory, [property: PersonalData] string? Address);

public static class MemberFieldRules
{
    /// <summary>The field rules of a member record, shared by create, update and import.</summary>
    public static void AddMemberFieldRules<T>(this AbstractValidator<T> v)
        where T : MemberFields
    {
        v.RuleFor(m => m.FullName).NotEmpty().MaximumLength(PersonName.MaxLength).IsName(NameKind.Person);
        v.RuleFor(m => m.Sex).NotNull().IsDefinedEnum();
        v.RuleFor(m => m.DateOfBirth).NotNull().InclusiveBetween(EventDates.EarliestCivil, EventDates.Latest);
        v.RuleFor(m => m.PlaceOfBirth).MaximumLength(256);
        v.RuleFor(m => m.HomeTown).MaximumLength(256);
        v.RuleFor(m => m.EthnicityCode).NotEmpty()
            .Must(Ethnicities.IsKnown).WithErrorCode("member.ethnicity_unknown")
            .WithMessage(m => Messages.Format("member.ethnicity_unknown", m.EthnicityCode ?? string.Empty));
        v.RuleFor(m => m.Religion).MaximumLength(64);
        v.RuleFor(m => m.CitizenId).Matches(@"^\d{12}\z").WithErrorCode("member.citizen_id_invalid")
            .WithMessage(_ => Messages.Format("member.citizen_id_invalid"));
        v.RuleFor(m => m.GeneralEducation).NotNull().IsDefinedEnum();
        v.RuleFor(m => m.ProfessionalLevel).NotNull().IsDefinedEnum();
        v.RuleFor(m => m.PoliticalTheoryLevel).NotNull().IsDefinedEnum();
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

        v.RuleFor(m => m.YouthUnionJoinedOn).InclusiveBetween(EventDates.EarliestCivil, EventDates.Latest);
        v.RuleFor(m => m.Occupation).MaximumLength(256);
        v.RuleFor(m => m.ForeignLanguages).MaximumLength(256);
        v.RuleFor(m => m.ItLevel).MaximumLength(128);
        v.RuleFor(m => m.AcademicTitle).IsDefinedEnum();
        v.RuleFor(m => m.Awards).MaximumLength(2000);
        v.RuleFor(m => m.WorkHistory).Must(l => l is null || l.Count <= 50).WithMessage(_ => Messages.Format("member.list_too_long", 50)).WithErrorCode("member.list_too_long");
        v.RuleForEach(m => m.WorkHistory).ChildRules(w =>
        {
            w.RuleFor(x => x.From).NotNull().InclusiveBetween(EventDates.EarliestCivil, EventDates.Latest);
            w.RuleFor(x => x.To).InclusiveBetween(EventDates.EarliestCivil, EventDates.Latest);
            w.RuleFor(x => x.Description).NotEmpty().MaximumLength(512);
        });
        v.RuleFor(m => m.FamilyRelations).Must(l => l is null || l.Count <= 50).WithMessage(_ => Messages.Format("member.list_too_long", 50)).WithErrorCode("member.list_too_long");
        v.RuleForEach(m => m.FamilyRelations).ChildRules(f =>
        {
            f.RuleFor(x => x.Relation).NotEmpty().MaximumLength(64);
            f.RuleFor(x => x.FullName).NotEmpty().MaximumLength(PersonName.MaxLength).IsName(NameKind.Person);
            f.RuleFor(x => x.BirthYear).InclusiveBetween(1850, 2100);
            f.RuleFor(x => x.Occupation).MaximumLength(256);
            f.RuleFor(x => x.PoliticalHistory).MaximumLength(1000);
            f.RuleFor(x => x.Address).MaximumLength(512);
        });

        // The admission age (member.too_young) is the domain's rule, under the admission rule set in force on the decision date.
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
        v.RuleFor(m => m.YouthUnionJoinedOn).IsEventDate(time, EventDates.EarliestCivil);
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
