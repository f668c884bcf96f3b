using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Membership.Members.GetMember;

public sealed record GetMemberQuery(Guid Id) : IQuery<MemberDto>;

/// <summary>One member's record; a read with personal data unmasked is recorded in the audit trail.</summary>
public sealed class GetMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, SensitiveReadAudit audit)
    : IQueryHandler<GetMemberQuery, MemberDto>
{
    public async ValueTask<MemberDto> Handle(GetMemberQuery query, CancellationToken cancellationToken)
    {
        var (member, organizationName) = await db.LoadMemberViewInScopeAsync(scope, query.Id, cancellationToken);
        var unmasked = PersonalData.CanRead(user);
        if (unmasked)
        {
            await audit.RecordAsync("Read", nameof(Domain.Membership.PartyMember), member.Id.ToString(), """{"personalData":true}""", cancellationToken);
        }

        return MemberDto.From(member, organizationName, time.TodayInVietnam(), unmasked);
    }
}
