using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization.Bodies;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Domain.Organization;

/// <summary>A term of office of an organisation (nhiệm kỳ), opened by its congress (đại hội).</summary>
public sealed class Term : AggregateRoot
{
    public const int NameMaxLength = 32;

    public Term(Guid id, Guid organizationId, string name, int? congressNumber, DateOnly startsOn, DateOnly endsOn)
        : base(id)
    {
        OrganizationId = organizationId;
        Name = name.Trim();
        CongressNumber = congressNumber;
        Set(name, congressNumber, startsOn, endsOn);
    }

    public Guid OrganizationId { get; private set; }

    /// <summary>e.g. "2020–2025".</summary>
    public string Name { get; private set; }

    /// <summary>Ordinal of the congress that opened the term (Đại hội lần thứ IX → 9).</summary>
    public int? CongressNumber { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>The term's days, both ends included.</summary>
    public DateRange Period => new(StartsOn, EndsOn);

    public bool Covers(DateOnly date) => Period.Contains(date);

    /// <summary>
    /// Opens a term of <paramref name="organization"/>. Its name is unique in the organisation (409
    /// <c>term.name_taken</c>), it does not overlap another of its terms (422 <c>term.overlaps</c>) and the
    /// organisation exists when it starts.
    /// </summary>
    public static Term Open(
        Guid id, PartyOrganization organization, string name, int? congressNumber, DateOnly startsOn, DateOnly endsOn, IEnumerable<Term> otherTerms)
    {
        var cleaned = RequireName(name);
        EnsureDates(startsOn, endsOn);
        EnsureOrganizationExists(organization, startsOn);
        EnsureFits(id, cleaned, startsOn, endsOn, otherTerms.Where(t => t.OrganizationId == organization.Id));
        return new Term(id, organization.Id, cleaned, congressNumber, startsOn, endsOn);
    }

    /// <summary>
    /// Changes the name, congress and dates under the rules of <see cref="Open"/>; the memberships of the term's
    /// bodies must still lie within the new dates.
    /// </summary>
    public void Revise(
        string name, int? congressNumber, DateOnly startsOn, DateOnly endsOn, PartyOrganization organization,
        IEnumerable<Term> otherTerms, IEnumerable<BodyMembership> memberships)
    {
        if (organization.Id != OrganizationId)
        {
            throw new ArgumentException("The organisation is not the term's.", nameof(organization));
        }

        var cleaned = RequireName(name);
        EnsureDates(startsOn, endsOn);
        EnsureOrganizationExists(organization, startsOn);
        EnsureFits(Id, cleaned, startsOn, endsOn, otherTerms.Where(t => t.OrganizationId == OrganizationId));

        var period = new DateRange(startsOn, endsOn);
        var outside = memberships.Count(m => !period.Contains(m.StartsOn) || (m.EndsOn is { } end && !period.Contains(end)));
        if (outside > 0)
        {
            throw new DomainRuleException(
                "term.memberships_outside",
                "Memberships of the term's bodies would fall outside the new dates; correct them first.",
                RuleViolationKind.Unprocessable,
                outside);
        }

        Set(cleaned, congressNumber, startsOn, endsOn);
    }

    /// <summary>The key two names are compared by: accents, case and the kind of dash ignored ("2020-2025" = "2020–2025").</summary>
    public static string NameKey(string name) =>
        VietnameseText.Fold(name).Replace('-', '–').Replace('—', '–').Replace('−', '–').Replace(" – ", "–", StringComparison.Ordinal);

    private void Set(string name, int? congressNumber, DateOnly startsOn, DateOnly endsOn)
    {
        EnsureDates(startsOn, endsOn);
        Name = name.Trim();
        CongressNumber = congressNumber;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    private static void EnsureDates(DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn <= startsOn)
        {
            throw new DomainRuleException("term.ends_before_start", "A term ends after it starts.", RuleViolationKind.Unprocessable);
        }
    }

    private static void EnsureOrganizationExists(PartyOrganization organization, DateOnly startsOn)
    {
        if (!organization.IsActiveOn(startsOn))
        {
            throw new DomainRuleException(
                "term.organization_inactive",
                "The organisation does not exist when the term starts.",
                RuleViolationKind.Unprocessable,
                organization.Code,
                BodyRules.Format(startsOn));
        }
    }

    private static void EnsureFits(Guid id, string name, DateOnly startsOn, DateOnly endsOn, IEnumerable<Term> terms)
    {
        var others = terms.Where(t => t.Id != id).ToList();
        var key = NameKey(name);
        if (others.FirstOrDefault(t => NameKey(t.Name) == key) is { } sameName)
        {
            throw new DomainRuleException(
                "term.name_taken",
                "The organisation already has a term with that name.",
                RuleViolationKind.Conflict,
                sameName.Name);
        }

        var period = new DateRange(startsOn, endsOn);
        if (others.FirstOrDefault(t => t.Period.Overlaps(period)) is { } overlapping)
        {
            throw new DomainRuleException(
                "term.overlaps",
                "Terms of one organisation cannot overlap.",
                RuleViolationKind.Unprocessable,
                overlapping.Name,
                $"{BodyRules.Format(overlapping.StartsOn)} – {BodyRules.Format(overlapping.EndsOn)}");
        }
    }

    private static string RequireName(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new DomainRuleException("term.name_required", "A term must have a name.", RuleViolationKind.Unprocessable)
            : Names.Normalize(name, NameKind.Label);
}

public enum BodyKind
{
    /// <summary>Ban Chấp hành — the executive committee elected by the congress.</summary>
    ExecutiveCommittee = 1,

    /// <summary>Ban Thường vụ — the standing committee, elected by the executive committee from its members.</summary>
    StandingCommittee = 2,

    /// <summary>Ủy ban Kiểm tra — the inspection commission.</summary>
    InspectionCommission = 3,

    /// <summary>Chi ủy — a cell's committee.</summary>
    CellCommittee = 4,
}

public enum BodyRole
{
    /// <summary>Bí thư.</summary>
    Secretary = 1,

    /// <summary>Phó Bí thư.</summary>
    DeputySecretary = 2,

    /// <summary>Ủy viên Thường vụ (a standing committee member without another title).</summary>
    StandingMember = 3,

    /// <summary>Chủ nhiệm Ủy ban Kiểm tra.</summary>
    InspectionChair = 4,

    /// <summary>Phó Chủ nhiệm Ủy ban Kiểm tra.</summary>
    InspectionViceChair = 5,

    /// <summary>Ủy viên.</summary>
    Member = 6,
}

/// <summary>An elected body of an organisation for one term, with its members over time.</summary>
public sealed class ElectedBody : AggregateRoot
{
    private readonly List<BodyMembership> memberships = [];

    public ElectedBody(Guid id, Guid organizationId, Guid termId, BodyKind kind)
        : base(id)
    {
        OrganizationId = organizationId;
        TermId = termId;
        Kind = kind;
    }

    public Guid OrganizationId { get; private set; }

    public Guid TermId { get; private set; }

    public BodyKind Kind { get; private set; }

    public IReadOnlyList<BodyMembership> Memberships => memberships;

    /// <summary>
    /// Constitutes the body of <paramref name="kind"/> that <paramref name="organization"/> elects for
    /// <paramref name="term"/>: the kind suits the organisation (a committee: executive, standing, inspection; a
    /// sub-committee: executive; a cell: cell committee), the term is the organisation's, and there is no other body
    /// of that kind for the organisation and term (<paramref name="existingKinds"/>).
    /// </summary>
    public static ElectedBody Constitute(Guid id, PartyOrganization organization, Term term, BodyKind kind, IEnumerable<BodyKind> existingKinds)
    {
        if (term.OrganizationId != organization.Id)
        {
            throw new DomainRuleException(
                "body.term_not_of_organization",
                "The term is not a term of that organisation.",
                RuleViolationKind.Unprocessable,
                term.Name);
        }

        var allowed = BodyRules.KindsFor(organization.Type);
        if (!allowed.Contains(kind))
        {
            throw new DomainRuleException(
                "body.kind_not_allowed",
                "This kind of organisation does not elect that kind of body.",
                RuleViolationKind.Unprocessable,
                BodyRules.Code(kind),
                BodyRules.Codes(allowed));
        }

        if (existingKinds.Contains(kind))
        {
            throw new DomainRuleException(
                "body.already_exists",
                "The organisation already has a body of that kind for the term.",
                RuleViolationKind.Conflict,
                BodyRules.Code(kind),
                term.Name);
        }

        return new ElectedBody(id, organization.Id, term.Id, kind);
    }

    /// <summary>Memberships current on <paramref name="date"/>.</summary>
    public IEnumerable<BodyMembership> MembersOn(DateOnly date) => memberships.Where(m => m.IsCurrentOn(date));

    /// <summary>True when <paramref name="memberId"/> holds a seat in the body on <paramref name="date"/>.</summary>
    public bool HasMemberOn(Guid memberId, DateOnly date) => memberships.Any(m => m.MemberId == memberId && m.IsCurrentOn(date));

    /// <summary>
    /// Appoints a party member to the body, checking every rule of a seat:
    /// the role exists in this kind of body; the dates have happened, are ordered and lie within the term; the person is
    /// a party member of the organisation on the start date (placed in its subtree, with a counted status) and a full
    /// member, not suspended (only full members stand for election: Điều lệ Đảng, Điều 2 and 3; a suspended member holds
    /// no seat); holds no other seat in the body then; the body has no other secretary (or inspection chair) then; a
    /// standing committee member sits on the executive committee of the term; the inspection chair sits on the standing
    /// committee when the organisation has one in the term; and the body's composition after the appointment follows
    /// <see cref="BodyCompositionRuleSet"/> (in force on the start date) and <paramref name="limits"/>.
    /// </summary>
    /// <param name="id">New identifier of the seat.</param>
    /// <param name="role">The role held.</param>
    /// <param name="startsOn">First day the seat is held (an event: not after <paramref name="today"/>).</param>
    /// <param name="endsOn">Last day, when known.</param>
    /// <param name="decisionNumber">The election result or appointment decision.</param>
    /// <param name="context">The facts outside the body.</param>
    /// <param name="rules">The composition rule book the application applies.</param>
    /// <param name="limits">The deployment's limits where no text fixes one.</param>
    /// <param name="today">Today's date in Viet Nam.</param>
    /// <param name="electionId">The election record the seat comes from, when seated from one.</param>
    public BodyMembership Appoint(
        Guid id, BodyRole role, DateOnly startsOn, DateOnly? endsOn, string? decisionNumber, AppointmentContext context,
        RuleBook<BodyCompositionRuleSet> rules, BodyLimits limits, DateOnly today, Guid? electionId = null)
    {
        if (context.Term.Id != TermId || context.Organization.Id != OrganizationId)
        {
            throw new ArgumentException("The context describes another body's term or organisation.", nameof(context));
        }

        EnsureRoleAllowed(role);
        EnsureHappened(startsOn, today);
        EnsureDates(startsOn, endsOn, context.Term);
        EnsurePartyMemberOfOrganization(context, startsOn);
        EnsureEligible(context.Member, startsOn);
        EnsureFree(context.Member.Id, role, startsOn, endsOn);

        if (Kind == BodyKind.StandingCommittee
            && context.ExecutiveCommittee?.HasMemberOn(context.Member.Id, startsOn) != true)
        {
            throw new DomainRuleException(
                "body.standing_requires_executive",
                "A standing committee member must be a member of the executive committee of the same term.",
                RuleViolationKind.Unprocessable,
                BodyRules.Format(startsOn));
        }

        if (Kind == BodyKind.InspectionCommission
            && role == BodyRole.InspectionChair
            && context.StandingCommittee is { } standing
            && !standing.HasMemberOn(context.Member.Id, startsOn))
        {
            throw new DomainRuleException(
                "body.inspection_chair_requires_standing",
                "The inspection commission chair must be a member of the standing committee.",
                RuleViolationKind.Unprocessable,
                BodyRules.Format(startsOn));
        }

        EnsureComposition(role, startsOn, context, rules.InForceOn(startsOn), limits);

        var membership = new BodyMembership(id, Id, context.Member.Id, role, startsOn, endsOn, Clean(decisionNumber), electionId);
        memberships.Add(membership);
        return membership;
    }

    /// <summary>
    /// The candidates the closed <paramref name="election"/> elected take their seats in this body from
    /// <paramref name="startsOn"/>, most voted first, each through <see cref="Appoint"/> (so every rule of a seat and of
    /// the body's composition applies; the first refusal stops the whole seating), in the role elected
    /// (<see cref="Election.SeatRole"/>; for an office, the member's other seat gives way: <see cref="YieldSeatForOffice"/>).
    /// Each seat names the election. A second seating of the same election is refused (<c>election.already_seated</c>).
    /// </summary>
    /// <param name="election">The closed election of this body's kind and term.</param>
    /// <param name="startsOn">First day of the seats: the election day or later.</param>
    /// <param name="contexts">The facts of each elected member, by member id.</param>
    /// <param name="rules">The composition rule book.</param>
    /// <param name="limits">The deployment's limits.</param>
    /// <param name="today">Today's date in Viet Nam.</param>
    /// <returns>The seats taken.</returns>
    public IReadOnlyList<BodyMembership> SeatElected(
        Election election, DateOnly startsOn, IReadOnlyDictionary<Guid, AppointmentContext> contexts,
        RuleBook<BodyCompositionRuleSet> rules, BodyLimits limits, DateOnly today)
    {
        if (election.OrganizationId != OrganizationId || election.TermId != TermId || election.Body != Kind)
        {
            throw new ArgumentException("The election is not one of this body.", nameof(election));
        }

        if (HasSeatsFrom(election.Id) && election.SeatedOn is null)
        {
            throw new DomainRuleException("election.already_seated", "The seats of this election were already taken; nothing was changed.", RuleViolationKind.Conflict, BodyRules.Format(startsOn));
        }

        election.EnsureSeatable(startsOn, today);
        var role = election.SeatRole;
        var seats = new List<BodyMembership>();
        foreach (var memberId in election.ElectedInOrder())
        {
            if (election.Office is not null)
            {
                YieldSeatForOffice(memberId, role, startsOn);
            }

            seats.Add(Appoint(Ids.NewVersion7(), role, startsOn, null, election.DecisionNumber, contexts[memberId], rules, limits, today, election.Id));
        }

        election.MarkSeated(startsOn);
        return seats;
    }

    /// <summary>True when a seat of the body was taken from the election <paramref name="electionId"/>.</summary>
    public bool HasSeatsFrom(Guid electionId) => memberships.Any(m => m.ElectionId == electionId);

    /// <summary>
    /// Before a member elected to an office of the body (secretary, deputy secretary, inspection chair or vice chair)
    /// takes it on <paramref name="on"/>, the seat he holds then in another role gives way: it ends the day before when
    /// it started earlier, and is withdrawn when it starts that day (the office is the same seat, from the same day).
    /// The office itself is then taken through <see cref="Appoint"/>, which checks every rule; a refusal leaves the
    /// unit of work unsaved.
    /// </summary>
    /// <returns>The seat that gave way, if any.</returns>
    public BodyMembership? YieldSeatForOffice(Guid memberId, BodyRole office, DateOnly on)
    {
        var seat = memberships.FirstOrDefault(m => m.MemberId == memberId && m.Role != office && m.IsCurrentOn(on) && m.EndsOn is null);
        if (seat is null)
        {
            return null;
        }

        if (seat.StartsOn < on)
        {
            seat.End(on.AddDays(-1));
        }
        else
        {
            memberships.Remove(seat);
        }

        return seat;
    }

    /// <summary>Ends a seat on <paramref name="on"/> (the last day it is held), within the term.</summary>
    public void EndMembership(BodyMembership membership, DateOnly on, Term term)
    {
        if (!memberships.Contains(membership))
        {
            throw new ArgumentException("The membership is not one of this body's.", nameof(membership));
        }

        if (membership.EndsOn is { } ended)
        {
            throw new DomainRuleException(
                "body.membership_already_ended",
                "The membership has already ended.",
                RuleViolationKind.Conflict,
                BodyRules.Format(ended));
        }

        EnsureDates(membership.StartsOn, on, term);
        membership.End(on);
    }

    /// <summary>
    /// The member left the party organisation or was suspended on <paramref name="on"/>: each of his seats held on that
    /// day, or still open after it, ends on it (seats that start later are left for the office to correct).
    /// </summary>
    /// <returns>The seats ended.</returns>
    public IReadOnlyList<BodyMembership> EndSeatsOf(Guid memberId, DateOnly on)
    {
        var ended = memberships
            .Where(m => m.MemberId == memberId && m.StartsOn <= on && (m.EndsOn is null || m.EndsOn > on))
            .ToList();
        foreach (var seat in ended)
        {
            seat.End(on);
        }

        return ended;
    }

    /// <summary>
    /// The member moved to another cell on <paramref name="movedOn"/>: a seat on the old cell's committee (this body)
    /// ends on the day before, the last day the member belonged to the cell (on the move day itself when the seat only
    /// started that day).
    /// </summary>
    /// <returns>The seats ended.</returns>
    public IReadOnlyList<BodyMembership> EndSeatsOfMovedMember(Guid memberId, DateOnly movedOn)
    {
        if (Kind != BodyKind.CellCommittee)
        {
            return [];
        }

        var ended = memberships
            .Where(m => m.MemberId == memberId && m.StartsOn <= movedOn && (m.EndsOn is null || m.EndsOn >= movedOn))
            .ToList();
        foreach (var seat in ended)
        {
            seat.End(seat.StartsOn < movedOn ? movedOn.AddDays(-1) : movedOn);
        }

        return ended;
    }

    public void RemoveMembership(BodyMembership membership) => memberships.Remove(membership);

    /// <summary>The number of seats held on <paramref name="date"/>, optionally of one role.</summary>
    public int SeatsOn(DateOnly date, BodyRole? role = null) => memberships.Count(m => m.IsCurrentOn(date) && (role is null || m.Role == role));

    /// <summary>The holder of <paramref name="role"/> on <paramref name="date"/>, if any.</summary>
    public Guid? HolderOn(BodyRole role, DateOnly date) => memberships.FirstOrDefault(m => m.Role == role && m.IsCurrentOn(date))?.MemberId;

    private static void EnsureHappened(DateOnly startsOn, DateOnly today)
    {
        switch (EventDates.Problem(startsOn, today, EventDates.PartyFounded))
        {
            case EventDates.InFuture:
                throw new DomainRuleException(EventDates.InFuture, "The date is after today.", RuleViolationKind.Unprocessable, BodyRules.Format(startsOn));
            case EventDates.TooEarly:
                throw new DomainRuleException(EventDates.TooEarly, "The date is too early.", RuleViolationKind.Unprocessable, BodyRules.Format(EventDates.PartyFounded));
        }
    }

    /// <summary>Only a full member (exempt from activities included) stands for election; a suspended member holds no seat.</summary>
    private static void EnsureEligible(PartyMember member, DateOnly date)
    {
        if (member.StatusOn(date) == MemberStatus.Probationary)
        {
            throw new DomainRuleException(
                "body.member_probationary",
                "A probationary member cannot stand for election nor hold a seat in an elected body; only full members can.",
                RuleViolationKind.Unprocessable,
                BodyRules.Format(date));
        }

        // Suspension is a dated condition on the member, not a status (ADR 0019).
        if (member.IsSuspendedOn(date))
        {
            throw new DomainRuleException(
                "body.member_suspended",
                "A member whose party activity is suspended holds no seat in an elected body.",
                RuleViolationKind.Unprocessable,
                BodyRules.Format(date));
        }
    }

    private void EnsureComposition(BodyRole role, DateOnly on, AppointmentContext context, BodyCompositionRuleSet rules, BodyLimits limits)
    {
        var code = rules.Source.Code;
        switch (Kind)
        {
            case BodyKind.StandingCommittee:
                var executive = context.ExecutiveCommittee?.SeatsOn(on) ?? 0;
                if (executive < rules.StandingCommitteeMinExecutiveMembers)
                {
                    throw Composition(
                        "body.standing_requires_larger_executive",
                        "A standing committee is elected only where the executive committee has enough members.",
                        rules.StandingCommitteeMinExecutiveMembers, executive, code);
                }

                var max = rules.StandingCommitteeMax(executive);
                if (SeatsOn(on) + 1 > max)
                {
                    throw Composition(
                        "body.standing_too_large",
                        "The standing committee would have more than its share of the executive committee's members.",
                        max, executive, code);
                }

                if (role is BodyRole.Secretary or BodyRole.DeputySecretary
                    && context.ExecutiveCommittee?.memberships.Any(m => m.MemberId == context.Member.Id && m.Role == role && m.IsCurrentOn(on)) != true)
                {
                    throw new DomainRuleException(
                        "body.standing_leader_not_executive_leader",
                        "The secretary and deputy secretaries of the standing committee are those of the executive committee.",
                        RuleViolationKind.Unprocessable,
                        BodyRules.Code(role),
                        code);
                }

                EnsureDeputies(role, on, limits.CommitteeDeputySecretariesMax, code);
                break;

            case BodyKind.ExecutiveCommittee:
                if (role == BodyRole.Secretary
                    && context.StandingCommittee?.HolderOn(BodyRole.Secretary, on) is { } standingSecretary
                    && standingSecretary != context.Member.Id)
                {
                    throw new DomainRuleException(
                        "body.standing_leader_not_executive_leader",
                        "The secretary and deputy secretaries of the standing committee are those of the executive committee.",
                        RuleViolationKind.Unprocessable,
                        BodyRules.Code(role),
                        code);
                }

                EnsureDeputies(role, on, limits.CommitteeDeputySecretariesMax, code);
                break;

            case BodyKind.CellCommittee:
                if (role == BodyRole.Member && context.CellFullMembers is { } full && full < rules.CellCommitteeMinFullMembers)
                {
                    throw Composition(
                        "body.cell_committee_requires_more_full_members",
                        "A cell elects a cell committee only with enough full members; a smaller cell has a secretary and, if needed, a deputy.",
                        rules.CellCommitteeMinFullMembers, full, code);
                }

                if (SeatsOn(on) + 1 > rules.CellCommitteeMaxMembers)
                {
                    throw Composition("body.cell_committee_too_large", "The cell committee is full.", rules.CellCommitteeMaxMembers, SeatsOn(on), code);
                }

                EnsureDeputies(role, on, rules.CellDeputySecretariesMax, code);
                break;

            case BodyKind.InspectionCommission:
                if (limits.InspectionCommissionMaxMembers is { } inspectionMax && SeatsOn(on) + 1 > inspectionMax)
                {
                    throw Composition("body.inspection_commission_too_large", "The inspection commission is full.", inspectionMax, SeatsOn(on), "settings");
                }

                break;
        }
    }

    private void EnsureDeputies(BodyRole role, DateOnly on, int? max, string source)
    {
        if (role == BodyRole.DeputySecretary && max is { } most && SeatsOn(on, BodyRole.DeputySecretary) + 1 > most)
        {
            throw Composition("body.deputy_secretaries_exceeded", "The body already has as many deputy secretaries as allowed.", most, SeatsOn(on, BodyRole.DeputySecretary), source);
        }
    }

    private static DomainRuleException Composition(string code, string message, int limit, int actual, string source) =>
        new(code, message, RuleViolationKind.Unprocessable, limit, actual, source);

    private void EnsureRoleAllowed(BodyRole role)
    {
        var allowed = BodyRules.RolesFor(Kind);
        if (!allowed.Contains(role))
        {
            throw new DomainRuleException(
                "body.role_not_allowed",
                "This body has no such role.",
                RuleViolationKind.Unprocessable,
                BodyRules.Code(role),
                BodyRules.Codes(allowed));
        }
    }

    private static void EnsureDates(DateOnly startsOn, DateOnly? endsOn, Term term)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainRuleException("body.membership_ends_before_start", "A membership cannot end before it starts.", RuleViolationKind.Unprocessable);
        }

        if (!term.Covers(startsOn) || (endsOn is { } last && !term.Covers(last)))
        {
            throw new DomainRuleException(
                "body.outside_term",
                "Membership dates must lie within the term.",
                RuleViolationKind.Unprocessable,
                term.Name,
                $"{BodyRules.Format(term.StartsOn)} – {BodyRules.Format(term.EndsOn)}");
        }
    }

    private static void EnsurePartyMemberOfOrganization(AppointmentContext context, DateOnly date)
    {
        var member = context.Member;
        var cellId = member.Placements.LastOrDefault(p => p.StartsOn <= date && (p.EndsOn is null || p.EndsOn > date))?.OrganizationId;
        var cell = cellId is { } id ? context.MemberCells.FirstOrDefault(o => o.Id == id) : null;
        var status = member.StatusOn(date);
        if (cell is null || !context.Organization.Contains(cell) || status is not { } current || !MembershipLabels.IsCounted(current))
        {
            throw new DomainRuleException(
                "body.member_not_in_organization",
                "The person is not a party member of the organisation on the start date.",
                RuleViolationKind.Unprocessable,
                BodyRules.Format(date));
        }
    }

    private void EnsureFree(Guid memberId, BodyRole role, DateOnly startsOn, DateOnly? endsOn)
    {
        var period = new DateRange(startsOn, endsOn);
        var overlapping = memberships.Where(m => m.Period.Overlaps(period)).ToList();
        if (overlapping.FirstOrDefault(m => m.MemberId == memberId) is { } seat)
        {
            throw new DomainRuleException(
                "body.already_member",
                "The member already holds a seat in this body in that period.",
                RuleViolationKind.Conflict,
                BodyRules.Format(seat.StartsOn));
        }

        if (BodyRules.IsSingleHolder(role) && overlapping.FirstOrDefault(m => m.Role == role) is { } holder)
        {
            throw role == BodyRole.Secretary
                ? new DomainRuleException(
                    "body.secretary_exists",
                    "The body already has a secretary in that period.",
                    RuleViolationKind.Conflict,
                    BodyRules.Format(holder.StartsOn))
                : new DomainRuleException(
                    "body.inspection_chair_exists",
                    "The inspection commission already has a chair in that period.",
                    RuleViolationKind.Conflict,
                    BodyRules.Format(holder.StartsOn));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}

/// <summary>A member's seat in an elected body, with the role held and the dates.</summary>
public sealed class BodyMembership : Entity, IAuditable
{
    internal BodyMembership(Guid id, Guid electedBodyId, Guid memberId, BodyRole role, DateOnly startsOn, DateOnly? endsOn, string? decisionNumber, Guid? electionId = null)
        : base(id)
    {
        ElectionId = electionId;
        ElectedBodyId = electedBodyId;
        MemberId = memberId;
        Role = role;
        StartsOn = startsOn;
        EndsOn = endsOn;
        DecisionNumber = decisionNumber;
    }

    public Guid ElectedBodyId { get; private set; }

    public Guid MemberId { get; private set; }

    public BodyRole Role { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day the seat is held (inclusive); null while it is held.</summary>
    public DateOnly? EndsOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    /// <summary>The election record the seat was taken from (<c>POST /elections/{id}/seats</c>); null when added by hand.</summary>
    public Guid? ElectionId { get; private set; }

    /// <summary>The days the seat is held, both ends included (open while held).</summary>
    public DateRange Period => new(StartsOn, EndsOn);

    public bool IsCurrentOn(DateOnly date) => Period.Contains(date);

    internal void End(DateOnly on)
    {
        if (on < StartsOn)
        {
            throw new DomainRuleException("body.membership_ends_before_start", "A membership cannot end before it starts.", RuleViolationKind.Unprocessable);
        }

        EndsOn = on;
    }
}
