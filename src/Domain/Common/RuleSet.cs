namespace PartyCommittee.Domain.Common;

/// <summary>Where a versioned rule comes from and from when it applies. Responses name it so users see which rule was applied.</summary>
/// <param name="Code">Stable code, e.g. <c>QD24-2021</c>.</param>
/// <param name="Source">The document, e.g. "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng".</param>
/// <param name="EffectiveFrom">First day it applies.</param>
public sealed record RuleSource(string Code, string Source, DateOnly EffectiveFrom)
{
    /// <summary>The date the document was issued, when it differs from <see cref="EffectiveFrom"/>.</summary>
    public DateOnly? DocumentDate { get; init; }
}
