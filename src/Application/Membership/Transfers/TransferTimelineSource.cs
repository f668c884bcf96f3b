using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers;

/// <summary>
/// The member's transfers as timeline events: <c>transfer.requested</c>, <c>transfer.sent</c>,
/// <c>transfer.received</c> and <c>transfer.rejected</c>, with the organisations' names.
/// </summary>
public sealed class TransferTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public const string SourceName = "transfers";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var transfers = await db.Transfers.AsNoTracking()
            .Where(t => t.MemberId == memberId)
            .OrderBy(t => t.RequestedOn)
            .ToListAsync(cancellationToken);
        if (transfers.Count == 0)
        {
            return [];
        }

        var names = await db.OrganizationNamesAsync(transfers, cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var events = new List<TimelineEvent>();
        foreach (var transfer in transfers)
        {
            var from = transfer.FromOrganizationId is { } fromId ? names.GetValueOrDefault(fromId) : transfer.ExternalOrganization;
            var to = transfer.ToOrganizationId is { } toId ? names.GetValueOrDefault(toId) : transfer.ExternalOrganization;
            var route = $"{from ?? "?"} → {to ?? "?"}";
            var kindLabel = TransferLabels.Of(transfer.Kind).For(language);
            if (!Messages.IsEnglish(CultureInfo.CurrentUICulture))
            {
                kindLabel = char.ToLower(kindLabel[0], CultureInfo.GetCultureInfo("vi")) + kindLabel[1..];
            }

            var details = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["transferId"] = transfer.Id.ToString(),
                ["kind"] = Code(transfer.Kind),
                ["direction"] = Code(transfer.Direction),
                ["purpose"] = Code(transfer.Purpose),
                ["fromOrganization"] = from,
                ["toOrganization"] = to,
                ["temporaryUntil"] = transfer.TemporaryUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["cause"] = transfer.Cause is { } cause ? Code(cause) : null,
                ["causeOn"] = transfer.CauseOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };

            TimelineEvent Event(DateOnly date, string step, string? documentNumber, Dictionary<string, string?> eventDetails) => new(
                date,
                "transfer." + step,
                Messages.Format("transfer.timeline." + step, kindLabel, route),
                documentNumber,
                eventDetails,
                SourceName);

            events.Add(Event(transfer.RequestedOn, "requested", null, details));
            if (transfer.SentOn is { } sent)
            {
                events.Add(Event(sent, "sent", transfer.DecisionNumber, details));
            }

            if (transfer.ReceivedOn is { } received)
            {
                events.Add(Event(received, "received", transfer.DecisionNumber, details));
            }

            if (transfer.ExtendedOn is { } extended)
            {
                events.Add(Event(extended, "extended", null, details));
            }

            if (transfer.ReturnedOn is { } returned)
            {
                events.Add(Event(returned, "returned", null, details));
            }

            if (transfer.ConvertedOn is { } converted)
            {
                events.Add(Event(converted, "converted", transfer.DecisionNumber, details));
            }

            if (transfer.RejectedOn is { } rejected)
            {
                events.Add(Event(rejected, "rejected", null, new Dictionary<string, string?>(details, StringComparer.Ordinal) { ["reason"] = transfer.RejectionReason }));
            }
        }

        return events;
    }

    private static string Code<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
