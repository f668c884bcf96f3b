using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies.Timeline;

/// <summary>
/// A member's seats in elected bodies as timeline events: <c>body.joined</c> on the first day of a seat and
/// <c>body.left</c> on its last day, titled in the caller's language ("Bắt đầu giữ chức Bí thư – Ban Chấp hành …").
/// </summary>
public sealed class BodyTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public const string SourceName = "bodies";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var seats = await (from m in db.BodyMemberships.AsNoTracking()
                           join b in db.ElectedBodies on m.ElectedBodyId equals b.Id
                           join t in db.Terms on b.TermId equals t.Id
                           join o in db.Organizations on b.OrganizationId equals o.Id
                           where m.MemberId == memberId
                           select new
                           {
                               m.Id,
                               m.Role,
                               m.StartsOn,
                               m.EndsOn,
                               m.DecisionNumber,
                               BodyId = b.Id,
                               b.Kind,
                               OrganizationId = o.Id,
                               OrganizationName = o.Name,
                               TermName = t.Name,
                           })
            .ToListAsync(cancellationToken);

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var termWord = Messages.IsEnglish(CultureInfo.CurrentUICulture) ? "term" : "nhiệm kỳ";
        var events = new List<TimelineEvent>();
        foreach (var seat in seats)
        {
            var role = BodyLabels.Of(seat.Role).For(language);
            var body = $"{BodyLabels.Of(seat.Kind).For(language)} {seat.OrganizationName} ({termWord} {seat.TermName})";
            var details = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["membershipId"] = seat.Id.ToString(),
                ["bodyId"] = seat.BodyId.ToString(),
                ["bodyKind"] = BodyRules.Code(seat.Kind),
                ["role"] = BodyRules.Code(seat.Role),
                ["organizationId"] = seat.OrganizationId.ToString(),
                ["organizationName"] = seat.OrganizationName,
                ["term"] = seat.TermName,
            };

            events.Add(new TimelineEvent(seat.StartsOn, "body.joined", Messages.Format("body.joined", role, body), seat.DecisionNumber, details, SourceName));
            if (seat.EndsOn is { } endsOn)
            {
                events.Add(new TimelineEvent(endsOn, "body.left", Messages.Format("body.left", role, body), null, details, SourceName));
            }
        }

        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.Kind, StringComparer.Ordinal)];
    }
}
