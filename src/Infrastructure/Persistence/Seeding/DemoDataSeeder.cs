using PartyCommittee.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// Loads the demo data into an empty database through the domain model (so paths, histories and audit are real):
/// the committee and its 7 cells, its 137 members, the 2020–2025 elected bodies, the mass organisations and the
/// public holidays of 2026. As of 2020-12-31 the membership statistics reproduce the seed report's figures.
/// </summary>
public sealed partial class DemoDataSeeder(AppDbContext db, ILogger<DemoDataSeeder> logger)
{
    public static readonly Guid TermId = Guid.Parse("0195a000-0000-7000-8002-000000000001");
    public static readonly DateOnly TermStart = new(2020, 5, 20);
    public static readonly DateOnly TermEnd = new(2025, 5, 31);

    /// <summary>
    /// Members (indexes into <see cref="DemoMembers.All"/>) of the executive committee; the first three are standing. All
    /// are full members at the congress (only full members stand for election): 105, not 104, who was still on probation.
    /// </summary>
    public static readonly int[] ExecutiveCommittee = [0, 1, 2, 3, 30, 45, 55, 64, 80, 92, 105, 118, 127];

    /// <summary>The inspection commission: chair (a standing member), vice chair, three members.</summary>
    public static readonly int[] InspectionCommission = [2, 5, 12, 70, 100];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        var organizations = new Dictionary<Guid, PartyOrganization>();
        foreach (var o in DemoData.Organizations)
        {
            var parent = o.ParentId is { } parentId ? organizations[parentId] : null;
            var organization = PartyOrganization.Create(o.Id, o.Code, o.Name, o.ShortName, o.Type, o.UnitKind, o.EstablishedOn, parent);
            organizations[o.Id] = organization;
            db.Organizations.Add(organization);
        }

        var members = DemoMembers.All.Select(m => CreateMember(m, organizations[DemoData.Cell(m.CellNumber)])).ToList();
        db.Members.AddRange(members);
        AddBodies(members, organizations);
        DemoElections.Add(db, members, organizations);
        AddMassOrganizations(organizations[DemoData.CommitteeId]);
        AddHolidays();
        AddIndicators(members, organizations[DemoData.CommitteeId]);
        DemoDisciplineAndDues.Add(db, members);
        DemoGuests.Add(db, organizations);
        DemoDenunciations.Add(db, members, DemoData.CommitteeId);
        EvaluationDemoData.Add(db, members, organizations);
        MassRatingDemoData.Add(db, members);
        DemoRatings.Add(db, members, organizations);
        DemoRatingFigures.Add(db);
        AddInspections(members, organizations);

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, organizations.Count, members.Count);
    }

    private static PartyMember CreateMember(DemoMember m, PartyOrganization cell)
    {
        var ceremony = m.AdmissionDecision.AddDays(14);
        // A qualifying member is full from the day the 12 months of probation end, whenever the cell and the committee
        // acted (Quy định 29-QĐ/TW 2016 §4.2 b and successors): the recognition decision came later, the status did not.
        var full = ceremony.AddMonths(12);
        var profile = new MemberProfile(
            m.FullName, m.Sex, m.DateOfBirth, "Sóc Trăng", "Sóc Trăng", m.EthnicityCode, m.EthnicityCode == Ethnicities.Khmer ? "Phật giáo" : null,
            m.CitizenId, m.Education, m.Professional, m.Theory, m.Position, null, null, null, m.ProvincialCommittee, m.CardNumber, m.RecordNumber);

        if (m.AdmittedIn2020)
        {
            var member = PartyMember.Register(m.Id, profile with { PartyCardNumber = null }, new AdmissionRecord(m.AdmissionDecision, "KN-" + m.CardNumber[^3..], ceremony, null), cell, MemberStatus.Probationary, ceremony, null);
            member.RecognizeFullMembership(full, "CT-" + m.CardNumber[^3..], 12);
            return member;
        }

        // Histories as they happened: probationary from the ceremony (or from the cell's establishment, for members
        // admitted before their cell existed), full from the recognition.
        var admission = new AdmissionRecord(m.AdmissionDecision, null, ceremony, full);
        PartyMember recorded;
        if (full > cell.EstablishedOn)
        {
            var since = ceremony > cell.EstablishedOn ? ceremony : cell.EstablishedOn;
            // A probationary member holds no card: it is issued after recognition (the card register, ADR 0020).
            recorded = PartyMember.Register(m.Id, profile with { PartyCardNumber = null }, admission with { FullMembershipDate = null }, cell, MemberStatus.Probationary, since, null);
            recorded.RecognizeFullMembership(full, "CT-" + m.CardNumber[^3..], 12);
            recorded.IssueCard(m.CardNumber, full, null);
        }
        else
        {
            recorded = PartyMember.Register(m.Id, profile, admission, cell, MemberStatus.Full, cell.EstablishedOn, null);
        }

        if (m.Exempt)
        {
            recorded.Exempt(
                MemberConditionKind.Exemption, ExemptionGround.Age, new DateRange(new DateOnly(2021, 1, 15)), "05-NQ/CB", "Tuổi cao, sức yếu",
                new DateOnly(2021, 1, 15), MemberConditionRuleSet.Statutory);
        }

        return recorded;
    }

    private void AddBodies(List<PartyMember> members, Dictionary<Guid, PartyOrganization> organizations)
    {
        // Through the domain's own rules, so the demo bodies are valid by construction.
        var committee = organizations[DemoData.CommitteeId];
        var term = Term.Open(TermId, committee, "2020–2025", 9, TermStart, TermEnd, []);
        db.Terms.Add(term);

        AppointmentContext Context(PartyMember member, ElectedBody? executive, ElectedBody? standing) =>
            new(term, committee, member, [organizations[member.OrganizationId]], executive, standing);

        var executive = ElectedBody.Constitute(Guid.Parse("0195a000-0000-7000-8002-000000000011"), committee, term, BodyKind.ExecutiveCommittee, []);
        for (var i = 0; i < ExecutiveCommittee.Length; i++)
        {
            var role = i switch { 0 => BodyRole.Secretary, 1 => BodyRole.DeputySecretary, _ => BodyRole.Member };
            var member = members[ExecutiveCommittee[i]];
            executive.Appoint(Ids.NewVersion7(), role, TermStart, null, "01-NQ/ĐH", Context(member, null, null), BodyCompositionRuleSet.Statutory, BodyLimits.None, TermStart);
        }

        var standing = ElectedBody.Constitute(Guid.Parse("0195a000-0000-7000-8002-000000000012"), committee, term, BodyKind.StandingCommittee, [BodyKind.ExecutiveCommittee]);
        BodyRole[] standingRoles = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.StandingMember];
        for (var i = 0; i < standingRoles.Length; i++)
        {
            standing.Appoint(Ids.NewVersion7(), standingRoles[i], TermStart, null, "02-NQ/ĐU", Context(members[i], executive, null), BodyCompositionRuleSet.Statutory, BodyLimits.None, TermStart);
        }

        var inspection = ElectedBody.Constitute(Guid.Parse("0195a000-0000-7000-8002-000000000013"), committee, term, BodyKind.InspectionCommission, [BodyKind.ExecutiveCommittee, BodyKind.StandingCommittee]);
        for (var i = 0; i < InspectionCommission.Length; i++)
        {
            var role = i switch { 0 => BodyRole.InspectionChair, 1 => BodyRole.InspectionViceChair, _ => BodyRole.Member };
            inspection.Appoint(Ids.NewVersion7(), role, TermStart, null, "03-NQ/ĐU", Context(members[InspectionCommission[i]], executive, standing), BodyCompositionRuleSet.Statutory, BodyLimits.None, TermStart);
        }

        db.ElectedBodies.AddRange(executive, standing, inspection);
    }

    private void AddMassOrganizations(PartyOrganization committee)
    {
        var asOf = new DateOnly(2020, 6, 30);
        (string Name, MassOrganizationKind Kind, int Members)[] organizations =
        [
            ("Công đoàn cơ sở Văn phòng Sở Lao động – Thương binh và Xã hội", MassOrganizationKind.TradeUnion, 38),
            ("Công đoàn cơ sở Trung tâm Dịch vụ việc làm", MassOrganizationKind.TradeUnion, 35),
            ("Công đoàn cơ sở Cơ sở Bảo trợ xã hội tổng hợp", MassOrganizationKind.TradeUnion, 30),
            ("Công đoàn cơ sở Cơ sở Cai nghiện ma túy", MassOrganizationKind.TradeUnion, 28),
            ("Chi đoàn Sở Lao động – Thương binh và Xã hội", MassOrganizationKind.YouthUnionCell, 22),
            ("Hội Cựu chiến binh cơ quan Sở Lao động – Thương binh và Xã hội", MassOrganizationKind.VeteransAssociation, 16),
        ];
        for (var i = 0; i < organizations.Length; i++)
        {
            var (name, kind, count) = organizations[i];
            var organization = MassOrganization.Establish(Guid.Parse($"0195a000-0000-7000-8003-{i + 1:000000000000}"), name, kind, committee, new DateOnly(2009, 1, 1), []);
            organization.RecordMemberCount(Ids.NewVersion7(), asOf, count);
            db.MassOrganizations.Add(organization);
        }
    }

    private void AddHolidays()
    {
        (DateOnly Date, string Vi, string En)[] holidays =
        [
            (new(2026, 1, 1), "Tết Dương lịch", "New Year's Day"),
            (new(2026, 2, 16), "Tết Nguyên đán", "Lunar New Year"),
            (new(2026, 2, 17), "Tết Nguyên đán", "Lunar New Year"),
            (new(2026, 2, 18), "Tết Nguyên đán", "Lunar New Year"),
            (new(2026, 2, 19), "Tết Nguyên đán", "Lunar New Year"),
            (new(2026, 2, 20), "Tết Nguyên đán", "Lunar New Year"),
            (new(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù)", "Hung Kings' Commemoration (day off in lieu)"),
            (new(2026, 4, 30), "Ngày Chiến thắng", "Reunification Day"),
            (new(2026, 5, 1), "Quốc tế Lao động", "International Labour Day"),
            (new(2026, 9, 1), "Quốc khánh", "National Day"),
            (new(2026, 9, 2), "Quốc khánh", "National Day"),
        ];
        foreach (var (date, vi, en) in holidays)
        {
            db.PublicHolidays.Add(new PublicHoliday(Ids.NewVersion7(), date, vi, en));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Organizations} organisations, {Members} members")]
    private static partial void LogSeeded(ILogger logger, int organizations, int members);
}
