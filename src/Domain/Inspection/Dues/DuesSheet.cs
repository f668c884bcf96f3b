using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Dues;

/// <summary>What one member owes in a month, as the sheet is opened.</summary>
public sealed record DuesLineInput(Guid MemberId, DuesCategory Category, long Due, long Exempted);

/// <summary>A payment (or its absence) recorded on a sheet.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Paid">Amount paid in đồng (0: not paid).</param>
/// <param name="PaidOn">Day it was paid.</param>
/// <param name="Collector">Who collected it.</param>
/// <param name="Excused">The member had a legitimate reason not to pay this month.</param>
/// <param name="Reason">The reason, when excused.</param>
public sealed record DuesPayment(Guid MemberId, long Paid, DateOnly? PaidOn, string? Collector, bool Excused, string? Reason);

/// <summary>
/// A cell's dues for one month (sổ thu đảng phí): per member what was due (computed from the member's basis under the
/// rules in force that month), exempted, paid, the day and the collector; the share the cell keeps and the share it
/// remits to the committee.
/// </summary>
public sealed class DuesSheet : AggregateRoot
{
    public const int CollectorMaxLength = 128;

    private readonly List<DuesLine> lines = [];

    private DuesSheet(Guid id)
        : base(id)
    {
    }

    public Guid OrganizationId { get; private set; }

    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; private set; }

    public string RuleSetCode { get; private set; } = string.Empty;

    /// <summary>Percent of what is collected that the cell keeps (the rest is remitted to the committee).</summary>
    public int RetentionPercent { get; private set; }

    public IReadOnlyList<DuesLine> Lines => lines;

    // The sheet's totals are stored with it and set from its lines by every change to them (ADR 0065): a year's
    // figures then sum twelve rows per cell instead of a line per member per month.

    /// <summary>Lines on the sheet.</summary>
    public int LineCount { get; private set; }

    public long TotalDue { get; private set; }

    public long TotalExempted { get; private set; }

    public long TotalPaid { get; private set; }

    /// <summary>Sum of what each line still owes (a line paid beyond its due owes nothing and does not offset another).</summary>
    public long TotalArrears { get; private set; }

    /// <summary>The share of <see cref="TotalPaid"/> the cell keeps, rounded once for the sheet.</summary>
    public long Retained { get; private set; }

    public long Remitted => TotalPaid - Retained;

    /// <summary>The share of <paramref name="paid"/> a cell keeps at <paramref name="retentionPercent"/>, rounded to the đồng (half away from zero).</summary>
    public static long RetainedOf(long paid, int retentionPercent) =>
        (long)Math.Round(paid * retentionPercent / 100m, 0, MidpointRounding.AwayFromZero);

    public static DuesSheet Open(Guid id, Guid cellId, DateOnly month, IEnumerable<DuesLineInput> members, DuesRuleSet rules, int retentionPercent, DateOnly today)
    {
        var first = DuesRuleSet.MonthOf(month);
        if (first > DuesRuleSet.MonthOf(today))
        {
            throw new DomainRuleException("dues.month_in_future", "A sheet is opened for the current or a past month.", RuleViolationKind.Unprocessable, WireFormat.Date(first));
        }

        if (retentionPercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(retentionPercent));
        }

        var sheet = new DuesSheet(id) { OrganizationId = cellId, Month = first, RuleSetCode = rules.Source.Code, RetentionPercent = retentionPercent };
        foreach (var member in members)
        {
            sheet.lines.Add(new DuesLine(Ids.NewVersion7(), id, cellId, first, member.MemberId, member.Category, member.Due, member.Exempted));
        }

        sheet.Total();
        return sheet;
    }

    /// <summary>Records payments for members on the sheet; a member not on it is refused, as is a payment without its day.</summary>
    public void RecordPayments(IEnumerable<DuesPayment> payments, DateOnly today)
    {
        foreach (var payment in payments)
        {
            var line = lines.FirstOrDefault(l => l.MemberId == payment.MemberId)
                ?? throw new DomainRuleException(
                    "dues.member_not_on_sheet", "The member is not on this month's sheet.", RuleViolationKind.Unprocessable, payment.MemberId);
            if (payment.Paid < 0)
            {
                throw new DomainRuleException("dues.paid_negative", "An amount paid is not negative.", RuleViolationKind.Unprocessable);
            }

            if (payment.Paid > 0 && payment.PaidOn is not { } paidOn)
            {
                throw new DomainRuleException("dues.paid_on_required", "A payment has its date.", RuleViolationKind.Unprocessable, payment.MemberId);
            }

            if (payment.PaidOn is { } day && day > today)
            {
                throw new DomainRuleException("dues.paid_on_in_future", "A payment is recorded once made.", RuleViolationKind.Unprocessable, WireFormat.Date(day));
            }

            if (payment.Excused && string.IsNullOrWhiteSpace(payment.Reason))
            {
                throw new DomainRuleException("dues.reason_required", "An excused month needs its reason.", RuleViolationKind.Unprocessable, payment.MemberId);
            }

            line.Record(payment);
        }

        Total();
    }

    /// <summary>The stored totals set from the lines.</summary>
    private void Total()
    {
        LineCount = lines.Count;
        TotalDue = lines.Sum(l => l.Due);
        TotalExempted = lines.Sum(l => l.Exempted);
        TotalPaid = lines.Sum(l => l.Paid);
        TotalArrears = lines.Sum(l => l.Arrears);
        Retained = RetainedOf(TotalPaid, RetentionPercent);
    }
}

/// <summary>One member's line of a monthly sheet.</summary>
public sealed class DuesLine : Entity, IAuditable
{
    internal DuesLine(Guid id, Guid sheetId, Guid organizationId, DateOnly month, Guid memberId, DuesCategory category, long due, long exempted)
        : base(id)
    {
        SheetId = sheetId;
        OrganizationId = organizationId;
        Month = month;
        MemberId = memberId;
        Category = category;
        Due = due;
        Exempted = exempted;
        Arrears = ArrearsOf(due, 0);
    }

    public Guid SheetId { get; private set; }

    // The sheet's cell and month, copied onto each of its lines when the sheet is opened (neither ever changes): the
    // lines in arrears of the whole register are then grouped per member from one index, without looking up each
    // line's sheet (ADR 0105).

    /// <summary>The sheet's cell (<see cref="DuesSheet.OrganizationId"/>).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The sheet's month, its first day (<see cref="DuesSheet.Month"/>).</summary>
    public DateOnly Month { get; private set; }

    public Guid MemberId { get; private set; }

    public DuesCategory Category { get; private set; }

    public long Due { get; private set; }

    public long Exempted { get; private set; }

    public long Paid { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string? Collector { get; private set; }

    public bool Excused { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>
    /// What the line still owes (due less paid, never negative). Stored and set with the amount paid, so that the lines in
    /// arrears can be found without reading the others (ADR 0066: a filtered index on <c>Arrears &gt; 0</c>, which SQL
    /// Server cannot write as <c>Due &gt; Paid</c>).
    /// </summary>
    public long Arrears { get; private set; }

    /// <summary>
    /// Nothing paid of a positive amount due, without a legitimate reason. The same as <c>Arrears &gt; 0 &amp;&amp; Paid == 0
    /// &amp;&amp; !Excused</c>: the terms the queries use, those of the index.
    /// </summary>
    public bool UnpaidWithoutReason => Arrears > 0 && Paid == 0 && !Excused;

    /// <summary>What is owed of <paramref name="due"/> once <paramref name="paid"/> is paid.</summary>
    private static long ArrearsOf(long due, long paid) => Math.Max(due - paid, 0);

    internal void Record(DuesPayment payment)
    {
        Paid = payment.Paid;
        Arrears = ArrearsOf(Due, Paid);
        PaidOn = payment.Paid > 0 ? payment.PaidOn : null;
        Collector = string.IsNullOrWhiteSpace(payment.Collector) ? null : VietnameseText.Clean(payment.Collector);
        Excused = payment.Excused;
        Reason = payment.Excused ? VietnameseText.Clean(payment.Reason!) : null;
    }
}
