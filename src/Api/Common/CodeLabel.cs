using PartyCommittee.Domain.Common;

namespace PartyCommittee.Api.Common;

/// <summary>One entry of a code list.</summary>
/// <param name="Code">The value used in requests and responses.</param>
/// <param name="Label">Its display label in Vietnamese and English.</param>
public sealed record CodeLabel(string Code, BilingualLabel Label);
