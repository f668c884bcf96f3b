namespace PartyCommittee.Domain.Evaluation.Ratings;

/// <summary>
/// How many lines of a rating campaign a cell has with the same figures (ADR 0110): the campaign, the cell that rates
/// them, whether rated, why not, the decided and proposed levels, the task group and the caps, as stored on
/// <see cref="MemberRating"/>. Derived data, kept by the database in the statement that writes a line (triggers on
/// <c>MemberRatings</c>, whatever writes it: a handler, the campaign opening's set-based insert, raw SQL); the rating
/// statistics and the rating indicators read these rows instead of grouping the campaign's lines. A row whose
/// <see cref="Count"/> fell to zero is kept (its key comes back when a line gets those figures again).
/// </summary>
/// <remarks>
/// The nullable figures are stored as <see cref="None"/> (an empty text), never null, so that the unique key is one
/// row on both engines (SQLite's unique indexes hold several nulls); enums are stored by name, as on the line.
/// </remarks>
public sealed class RatingLineCount
{
    /// <summary>A figure the line does not have (null on the line).</summary>
    public const string None = "";

    private RatingLineCount()
    {
    }

    /// <summary>Surrogate key (the figures' key is too wide for a clustered key on SQL Server).</summary>
    public long Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid CellId { get; private set; }

    public bool Rated { get; private set; }

    /// <summary><see cref="NotRatedReason"/>'s name, or <see cref="None"/>.</summary>
    public string NotRatedReason { get; private set; } = None;

    /// <summary><see cref="EvaluationLevel"/>'s name, or <see cref="None"/>.</summary>
    public string DecidedLevel { get; private set; } = None;

    /// <summary><see cref="EvaluationLevel"/>'s name, or <see cref="None"/>.</summary>
    public string ProposedLevel { get; private set; } = None;

    /// <summary>The task group as stored, or <see cref="None"/>.</summary>
    public string TaskGroup { get; private set; } = None;

    /// <summary>The caps' codes as stored (comma-separated), or <see cref="None"/>.</summary>
    public string CapCodes { get; private set; } = None;

    /// <summary>Lines with these figures.</summary>
    public int Count { get; private set; }

    /// <summary>An enum stored by name, or null for <see cref="None"/>.</summary>
    public static TEnum? Parse<TEnum>(string stored)
        where TEnum : struct, Enum => stored.Length == 0 ? null : Enum.Parse<TEnum>(stored);

    /// <summary>A text stored, or null for <see cref="None"/>.</summary>
    public static string? Text(string stored) => stored.Length == 0 ? null : stored;
}
