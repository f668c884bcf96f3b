using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>
/// A member who was not present at the meeting that disseminated a document received it later (học tập bù, nghiên
/// cứu lại): recorded with the date, so that the document's coverage counts the member from that day.
/// </summary>
public sealed class DocumentCatchUp : AggregateRoot
{
    public const int NoteMaxLength = 1000;

    private DocumentCatchUp(Guid id, Guid documentId, Guid memberId, Guid organizationId, DateOnly receivedOn, string? note)
        : base(id)
    {
        DocumentId = documentId;
        MemberId = memberId;
        OrganizationId = organizationId;
        ReceivedOn = receivedOn;
        Note = note;
    }

    public Guid DocumentId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>The cell the member was counted in on the day (the scope of the record).</summary>
    public Guid OrganizationId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>
    /// Records that the member counted in <paramref name="cellId"/> on <paramref name="receivedOn"/> received the
    /// document then; not before its issue date, and not when the member already received it on or before that day
    /// (<paramref name="alreadyReceivedOn"/>: present at a meeting that disseminated it, or an earlier catch-up).
    /// </summary>
    public static DocumentCatchUp Record(
        Guid id, PartyDocument document, Guid memberId, Guid cellId, DateOnly receivedOn, string? note, DateOnly? alreadyReceivedOn)
    {
        if (receivedOn < document.IssuedOn)
        {
            throw new DomainRuleException(
                "document.received_before_issue", "A document cannot be received before it is issued.", RuleViolationKind.Unprocessable, WireFormat.Date(document.IssuedOn));
        }

        if (alreadyReceivedOn is { } already)
        {
            throw new DomainRuleException(
                "document.already_received", "The member already received the document.", RuleViolationKind.Conflict, WireFormat.Date(already));
        }

        return new DocumentCatchUp(id, document.Id, memberId, cellId, receivedOn, string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Clean(note));
    }
}

/// <summary>How far a document reached the members expected to receive it, as of a day.</summary>
/// <param name="Expected">Members expected to receive it (probationary and full members counted that day).</param>
/// <param name="Received">Of them, those who received it (present at a meeting that disseminated it, or caught up) on or before that day.</param>
/// <param name="Percent">Received / expected × 100, rounded DOWN to one decimal (so 99.96% never shows as 100%); 100 when nobody is expected.</param>
/// <param name="Complete">True only when every expected member received it ("disseminated to 100% of members").</param>
/// <param name="MissingMemberIds">The expected members who have not received it.</param>
public sealed record DisseminationCoverage(int Expected, int Received, decimal Percent, bool Complete, IReadOnlyList<Guid> MissingMemberIds)
{
    /// <summary>The coverage of a document among <paramref name="expected"/>, given who received it.</summary>
    public static DisseminationCoverage Of(IEnumerable<Guid> expected, IReadOnlySet<Guid> received)
    {
        var members = expected.Distinct().ToList();
        var missing = members.Where(m => !received.Contains(m)).ToList();
        var got = members.Count - missing.Count;
        return new DisseminationCoverage(members.Count, got, PercentDown(got, members.Count), missing.Count == 0, missing);
    }

    /// <summary><paramref name="part"/> / <paramref name="whole"/> × 100, rounded down to one decimal; 100 when the whole is 0.</summary>
    public static decimal PercentDown(int part, int whole) =>
        whole == 0 ? 100m : Math.Floor(part * 1000m / whole) / 10m;
}
