using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.GetMember;

public sealed record GetMemberQuery(Guid Id) : IQuery<MemberDto>;

/// <summary>One member's record (naming the re-admission rule set applied, if any); a read with personal data unmasked is recorded in the audit trail.</summary>
public sealed class GetMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, SensitiveReadAudit audit, RuleBook<ReadmissionRuleSet> readmissionRules)
    : IQueryHandler<GetMemberQuery, MemberDto>
{
    public async ValueTask<MemberDto> Handle(GetMemberQuery query, CancellationToken cancellationToken)
    {
        var (member, organizationName) = await db.LoadMemberViewInScopeAsync(scope, query.Id, cancellationToken);
        var unmasked = PersonalData.CanRead(user);
        var workHistory = await db.WorkHistoryAsync(member.Id, cancellationToken);

        // Family relations are personal data: read only for a caller who sees them (masked as a whole list otherwise).
        var familyRelations = unmasked ? await db.FamilyRelationsAsync(member.Id, cancellationToken) : null;
        if (unmasked)
        {
            await audit.RecordAsync("Read", nameof(Domain.Membership.PartyMember), member.Id.ToString(), """{"personalData":true}""", cancellationToken);
        }

        return MemberDto.From(member, organizationName, time.TodayInVietnam(), unmasked, workHistory, familyRelations)
            .WithReadmissionRules(readmissionRules);
    }
}
