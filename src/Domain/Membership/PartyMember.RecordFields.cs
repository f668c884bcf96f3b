using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>The national form's scalar fields on their own (a member import carries no work history or family relations).</summary>
public sealed partial class PartyMember
{
    /// <summary>
    /// Replaces the scalar fields of the national form (<see cref="MemberRecordDetails"/>) and leaves the work history
    /// and family relations as they are (they need not be loaded). Same rule as <see cref="UpdateRecordDetails"/>.
    /// </summary>
    public void UpdateRecordFields(MemberRecordDetails details)
    {
        if (details.YouthUnionJoinedOn is { } joined && joined < DateOfBirth)
        {
            throw new DomainRuleException("member.youth_union_before_birth", "The youth-union joining date is before the date of birth.", RuleViolationKind.Unprocessable);
        }

        YouthUnionJoinedOn = details.YouthUnionJoinedOn;
        Occupation = Clean(details.Occupation);
        ForeignLanguages = Clean(details.ForeignLanguages);
        ItLevel = Clean(details.ItLevel);
        AcademicTitle = details.AcademicTitle;
        Awards = Clean(details.Awards);
    }

    /// <summary>The national form's scalar fields as recorded.</summary>
    public MemberRecordDetails RecordDetails => new(YouthUnionJoinedOn, Occupation, ForeignLanguages, ItLevel, AcademicTitle, Awards);
}
