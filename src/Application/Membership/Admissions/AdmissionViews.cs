using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>Builds the full view of a case: sponsor names, the rule set of each step, the next step with its due date.</summary>
internal static class AdmissionViews
{
    /// <summary>The case as the caller may see it: the date of birth only when <paramref name="unmasked"/>
    /// (<see cref="Members.PersonalData.CanRead"/>, the rule of the member records).</summary>
    public static async Task<AdmissionDto> DetailAsync(
        IAppDbContext db, AdmissionCase a, DateOnly today, bool unmasked, RuleBook<AdmissionRuleSet> rules, CancellationToken cancellationToken)
    {
        var memberIds = a.Sponsors.Where(s => s.MemberId is not null).Select(s => s.MemberId!.Value).ToList();
        var names = await db.MemberNamesAsync(memberIds, cancellationToken);

        string? removalNumber = null;
        if (a is { Stage: AdmissionStage.NameRemoved, MemberId: { } memberId })
        {
            removalNumber = await db.MemberStatusPeriods.AsNoTracking()
                .Where(p => p.MemberId == memberId && p.Status == MemberStatus.NameRemoved)
                .Select(p => p.DecisionNumber)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var sponsors = a.Sponsors
            .OrderBy(s => s.AssignedOn)
            .Select(s => new AdmissionSponsorDto(
                s.Id,
                s.Kind,
                AdmissionLabels.Of(s.Kind),
                s.MemberId,
                s.MemberId is { } id ? names.GetValueOrDefault(id) : null,
                s.WorkedTogetherSince,
                s.AssignedOn,
                AppliedRuleSetDto.From(rules.TryInForceOn(s.AssignedOn)),
                s.ReplacesSponsorId,
                s.ReplacedOn,
                s.ReplacementReason))
            .ToList();

        var steps = a.RecordedSteps(rules)
            .Select(s => new AdmissionStepDto(
                s.Step,
                AdmissionLabels.Of(s.Step),
                s.Date,
                s.Step == AdmissionStep.NameRemoval ? removalNumber : s.DocumentNumber,
                AppliedRuleSetDto.From(s.RuleSet),
                s.SponsorId,
                s.WorkingDaysLate,
                s.WorkingDaysLate > 0))
            .ToList();

        var ethnicity = Ethnicities.Find(a.EthnicityCode);
        return new AdmissionDto(
            a.Id,
            a.OrganizationId,
            a.FullName,
            a.Sex,
            MembershipLabels.Of(a.Sex),
            unmasked ? a.DateOfBirth : null,
            a.DateOfBirth.Year,
            a.EthnicityCode,
            ethnicity is null ? null : new BilingualLabel(ethnicity.NameVi, ethnicity.NameEn),
            a.GeneralEducation,
            MembershipLabels.Of(a.GeneralEducation),
            a.IsYouthUnionMember,
            a.Stage,
            AdmissionLabels.Of(a.Stage),
            a.CourseCompletedOn,
            a.CourseCertificateNumber,
            sponsors,
            a.CellResolutionOn,
            a.CellResolutionNumber,
            AppliedRuleSetDto.From(rules.Find(a.EligibilityRuleSetCode)),
            a.CommitteeDecisionOn,
            a.CommitteeDecisionNumber,
            a.CeremonyOn,
            a.MemberId,
            a.RecognizedOn,
            a.RecognitionDecisionNumber,
            a.ClosedOn,
            a.ClosedReason,
            a.CommitteeDecisionReceivedOn,
            a is { DecisionExtendedOn: { } decisionExtended, DecisionExtensionWorkingDays: { } decisionDays }
                ? new AdmissionExtensionDto(decisionExtended, decisionDays, a.DecisionExtensionNumber, a.DecisionExtensionReason)
                : null,
            a.RecognitionResolutionOn,
            a.RecognitionResolutionNumber,
            [.. a.Votes.OrderBy(v => v.HeldOn).Select(v => new AdmissionVoteDto(v.Id, v.HeldOn, v.InFavour, v.Entitled, v.Adopted, v.RuleSetCode))],
            a.EscalatedOn,
            a is { RecognitionExtendedOn: { } recognitionExtended, RecognitionExtensionWorkingDays: { } recognitionDays }
                ? new AdmissionExtensionDto(recognitionExtended, recognitionDays, a.RecognitionExtensionNumber, a.RecognitionExtensionReason)
                : null,
            a.FullMembershipOn,
            steps,
            await NextStepAsync(db, a, today, rules, cancellationToken),
            !unmasked,
            a.Version,
            a.CreatedAt,
            a.UpdatedAt);
    }

    private static async Task<AdmissionNextStepDto?> NextStepAsync(
        IAppDbContext db, AdmissionCase a, DateOnly today, RuleBook<AdmissionRuleSet> rules, CancellationToken cancellationToken)
    {
        if (a.NextStep is not { } step)
        {
            return null;
        }

        if (a.PendingPeriod(rules) is not { } period)
        {
            return new AdmissionNextStepDto(
                step, AdmissionLabels.Of(step), today, null, null, null, null, false, AppliedRuleSetDto.From(rules.TryInForceOn(today)));
        }

        var from = period.StartsOn < today ? period.StartsOn : today;
        var (calendar, _) = await db.LoadCoveringAsync(from, today, [(period.StartsOn, period.WorkingDays)], cancellationToken);
        var due = period.DueDate(calendar);
        return new AdmissionNextStepDto(
            step,
            AdmissionLabels.Of(step),
            today,
            period.StartsOn,
            period.AvailableFrom,
            due,
            calendar.WorkingDaysLeft(today, due),
            today > due,
            AppliedRuleSetDto.From(period.RuleSet));
    }
}
