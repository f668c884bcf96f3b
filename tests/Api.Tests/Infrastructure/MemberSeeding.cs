using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>Records members straight through the domain model, for tests of modules that need members to exist.</summary>
public static class MemberSeeding
{
    /// <summary>
    /// A full member of <paramref name="cell"/> admitted on <paramref name="admitted"/> (full a year later, recorded in the
    /// cell from then or from its establishment if later), through the domain; not added to any context.
    /// </summary>
    public static PartyMember FullMember(Domain.Organization.PartyOrganization cell, string fullName, DateOnly born, DateOnly admitted) =>
        PartyMember.Register(
            Guid.CreateVersion7(),
            new MemberProfile(fullName, Sex.Male, born, null, null, Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
            new AdmissionRecord(admitted, "01-QĐ/ĐU", admitted, admitted.AddYears(1)),
            cell,
            MemberStatus.Full,
            cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1),
            null);

    public static Task<Guid> AddMemberAsync(
        this ApiFactory factory,
        Guid cellId,
        string fullName = "Nguyễn Văn Thử",
        MemberStatus status = MemberStatus.Full,
        DateOnly? admittedOn = null,
        DateOnly? dateOfBirth = null,
        Sex sex = Sex.Male,
        string ethnicityCode = Ethnicities.Kinh) =>
        factory.WithDbAsync(async db =>
        {
            var admission = admittedOn ?? new DateOnly(2010, 5, 19);
            var cell = await db.Organizations.SingleAsync(o => o.Id == cellId);
            var member = PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile(
                    fullName, sex, dateOfBirth ?? new DateOnly(1985, 3, 2), "Sóc Trăng", "Sóc Trăng", ethnicityCode, null, null,
                    GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate,
                    "Chuyên viên", null, null, null, false, null, null),
                new AdmissionRecord(admission, "01-QĐ/ĐU", admission, status == MemberStatus.Probationary ? null : admission.AddYears(1)),
                cell,
                status,
                status == MemberStatus.Probationary ? admission : admission.AddYears(1),
                null);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });
}
