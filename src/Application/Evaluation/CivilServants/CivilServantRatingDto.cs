using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Evaluation.CivilServants;

/// <summary>A civil servant's rating for a year (Nghị định 90/2020/NĐ-CP: four levels).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The party organisation of the person's unit.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Year">The year rated.</param>
/// <param name="MemberId">The party member, when the person is one.</param>
/// <param name="FullName">The person's name.</param>
/// <param name="DateOfBirth">Date of birth (personal data).</param>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED.</param>
/// <param name="LevelLabel">Display label.</param>
/// <param name="GoodOrBetter">True when the level counts as "hoàn thành tốt nhiệm vụ trở lên".</param>
/// <param name="DecidedOn">Date of the agency's decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Note">Note.</param>
/// <param name="RuleSet">The rule set applied (see /api/v1/rule-sets, kind evaluation.civil_servant_ratings).</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record CivilServantRatingDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    int Year,
    Guid? MemberId,
    string FullName,
    [property: PersonalData] DateOnly? DateOfBirth,
    EvaluationLevel Level,
    BilingualLabel LevelLabel,
    bool GoodOrBetter,
    DateOnly? DecidedOn,
    string? DecisionNumber,
    string? Note,
    string RuleSet,
    long Version) : IVersioned;

/// <summary>A rating (POST records it, PUT replaces it).</summary>
/// <param name="OrganizationId">The party organisation (cell or committee) of the person's unit; defaults to the member's cell when a member is named.</param>
/// <param name="Year">The year rated (1930 to this year).</param>
/// <param name="MemberId">The party member rated, when the person is one (his record gives the name and date of birth).</param>
/// <param name="FullName">The person's name: required when no member is named; when one is, it must be the member's (accents and case ignored).</param>
/// <param name="DateOfBirth">Required when no member is named: with the name, it identifies the person.</param>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED.</param>
/// <param name="DecidedOn">Date of the agency's rating decision (in or after the year, not in the future).</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Note">Note.</param>
public sealed record CivilServantRatingInput(
    Guid? OrganizationId,
    [property: Required] int? Year,
    Guid? MemberId,
    string? FullName,
    DateOnly? DateOfBirth,
    [property: Required] EvaluationLevel? Level,
    DateOnly? DecidedOn,
    string? DecisionNumber,
    string? Note);

internal static class CivilServantRatingRules
{
    public static void AddRatingRules<T>(this AbstractValidator<T> validator, Func<T, CivilServantRatingInput> input, TimeProvider time)
    {
        validator.RuleFor(c => input(c).OrganizationId).NotEmpty().When(c => input(c).MemberId is null).OverridePropertyName("organizationId");
        validator.RuleFor(c => input(c).Year).NotNull().InclusiveBetween(1930, time.TodayInVietnam().Year).OverridePropertyName("year");
        validator.RuleFor(c => input(c).FullName).NotEmpty().When(c => input(c).MemberId is null).OverridePropertyName("fullName");
        validator.RuleFor(c => input(c).FullName).MaximumLength(CivilServantRating.NameMaxLength).IsName(NameKind.Person)
            .When(c => !string.IsNullOrWhiteSpace(input(c).FullName)).OverridePropertyName("fullName");
        validator.RuleFor(c => input(c).DateOfBirth).NotNull().When(c => input(c).MemberId is null).OverridePropertyName("dateOfBirth");
        validator.RuleFor(c => input(c).DateOfBirth).IsEventDate(time, EventDates.EarliestCivil).When(c => input(c).DateOfBirth is not null).OverridePropertyName("dateOfBirth");
        validator.RuleFor(c => input(c).Level).NotNull().IsDefinedEnum().OverridePropertyName("level");
        validator.RuleFor(c => input(c).DecidedOn).IsEventDate(time).When(c => input(c).DecidedOn is not null).OverridePropertyName("decidedOn");
        validator.RuleFor(c => input(c).DecisionNumber).MaximumLength(CivilServantRating.DecisionMaxLength).OverridePropertyName("decisionNumber");
        validator.RuleFor(c => input(c).Note).MaximumLength(CivilServantRating.NoteMaxLength).OverridePropertyName("note");
    }
}

/// <summary>The organisation and person a rating input names, resolved in the caller's scope.</summary>
internal sealed record ResolvedRating(Guid OrganizationId, RatedPerson Person);

internal static class CivilServantRatingViews
{
    public static CivilServantRatingDto ToDto(CivilServantRating r, string organizationName, RuleBook<CivilServantRatingRuleSet> rules)
    {
        var set = r.RuleSet(rules);
        return new(
            r.Id, r.OrganizationId, organizationName, r.Year, r.MemberId, r.FullName, r.DateOfBirth, r.Level, EvaluationLabels.Of(r.Level),
            set.IsGoodOrBetter(r.Level), r.DecidedOn, r.DecisionNumber, r.Note, set.Source.Code, r.Version);
    }

    public static async Task<CivilServantRatingDto> ToDtoAsync(this IAppDbContext db, CivilServantRating r, RuleBook<CivilServantRatingRuleSet> rules, CancellationToken cancellationToken)
    {
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == r.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        return ToDto(r, name, rules);
    }

    /// <summary>Loads a rating of an organisation in the caller's scope; 404 <c>civil_servant_rating.not_found</c> otherwise.</summary>
    public static async Task<CivilServantRating> LoadCivilServantRatingAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var ratings = tracking ? db.CivilServantRatings : db.CivilServantRatings.AsNoTracking();
        var rating = await ratings.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rating is null || !await scope.CoversAsync(rating.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("civil_servant_rating.not_found", "Civil-servant rating", id);
        }

        return rating;
    }

    /// <summary>
    /// The organisation (in scope) and person of an input: a named member is found in the caller's scope (422
    /// <c>civil_servant_rating.member_not_found</c> otherwise) and gives the name, date of birth and default organisation.
    /// </summary>
    public static async Task<ResolvedRating> ResolveAsync(this IAppDbContext db, IOrganizationScope scope, CivilServantRatingInput input, CancellationToken cancellationToken)
    {
        RatedPerson person;
        Guid organizationId;
        if (input.MemberId is { } memberId)
        {
            var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
            if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
            {
                throw new DomainRuleException("civil_servant_rating.member_not_found", "The member was not found.", RuleViolationKind.Unprocessable, memberId);
            }

            person = PersonOf(member, input.FullName);
            organizationId = input.OrganizationId ?? member.OrganizationId;
        }
        else
        {
            person = new RatedPerson(null, input.FullName!, input.DateOfBirth);
            organizationId = input.OrganizationId!.Value;
        }

        var organization = await db.LoadNamedOrganizationAsync(scope, organizationId, "civil_servant_rating.organization_not_found", cancellationToken);
        return new ResolvedRating(organization.Id, person);
    }

    /// <summary>The person of a member; a name given beside him must be his (accents, case and spacing ignored).</summary>
    public static RatedPerson PersonOf(PartyMember member, string? fullName)
    {
        if (!string.IsNullOrWhiteSpace(fullName) && VietnameseText.Fold(fullName) != VietnameseText.Fold(member.FullName))
        {
            throw new DomainRuleException(
                "civil_servant_rating.member_name_mismatch", "The name is not the member's.", RuleViolationKind.Unprocessable, fullName.Trim(), member.FullName);
        }

        return new RatedPerson(member.Id, member.FullName, member.DateOfBirth);
    }

    /// <summary>The person keys already rated in <paramref name="year"/>, other than <paramref name="except"/>.</summary>
    public static async Task<List<string>> KeysTakenAsync(this IAppDbContext db, int year, string key, Guid? except, CancellationToken cancellationToken) =>
        await db.CivilServantRatings.AsNoTracking().Where(r => r.Year == year && r.PersonKey == key && r.Id != except).Select(r => r.PersonKey).ToListAsync(cancellationToken);
}
