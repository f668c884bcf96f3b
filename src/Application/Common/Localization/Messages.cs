using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace PartyCommittee.Application.Common.Localization;

/// <summary>
/// User-facing messages in Vietnamese (default) and English, keyed by the stable problem or error code.
/// The language follows the request's <c>Accept-Language</c> (via <see cref="CultureInfo.CurrentUICulture"/>).
/// </summary>
public static class Messages
{
    private static readonly FrozenDictionary<string, (string Vi, string En)> Catalog = Combine(Discover(typeof(Messages).Assembly));

    private static readonly FrozenDictionary<int, (string Vi, string En)> Titles = new Dictionary<int, (string Vi, string En)>
    {
        [400] = ("Yêu cầu không hợp lệ", "Bad request"),
        [401] = ("Chưa xác thực", "Unauthorized"),
        [403] = ("Không có quyền", "Forbidden"),
        [404] = ("Không tìm thấy", "Not found"),
        [405] = ("Phương thức không được phép", "Method not allowed"),
        [406] = ("Không chấp nhận được", "Not acceptable"),
        [409] = ("Xung đột dữ liệu", "Conflict"),
        [412] = ("Điều kiện tiên quyết không thỏa", "Precondition failed"),
        [413] = ("Nội dung quá lớn", "Content too large"),
        [414] = ("Địa chỉ quá dài", "URI too long"),
        [415] = ("Định dạng không được hỗ trợ", "Unsupported media type"),
        [422] = ("Vi phạm quy định nghiệp vụ", "Business rule violated"),
        [428] = ("Thiếu điều kiện tiên quyết", "Precondition required"),
        [429] = ("Quá nhiều yêu cầu", "Too many requests"),
        [500] = ("Lỗi hệ thống", "Internal server error"),
        [503] = ("Hệ thống tạm thời không phục vụ được", "Service unavailable"),
    }.ToFrozenDictionary();

    /// <summary>
    /// The catalogues of <paramref name="assembly"/>: every concrete <see cref="IMessageCatalog"/> with a parameterless
    /// constructor, in a stable order (by full name). A module adds its messages by adding such a class in its folder.
    /// </summary>
    public static IReadOnlyList<IMessageCatalog> Discover(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessageCatalog).IsAssignableFrom(t)
                && t.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IMessageCatalog)Activator.CreateInstance(t, nonPublic: true)!)];

    /// <summary>One table of <paramref name="catalogs"/>; a code defined by two catalogues fails fast.</summary>
    /// <exception cref="InvalidOperationException">A code is defined by more than one catalogue.</exception>
    public static FrozenDictionary<string, (string Vi, string En)> Combine(IEnumerable<IMessageCatalog> catalogs)
    {
        var all = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            var owner = catalog.GetType().FullName ?? catalog.GetType().Name;
            foreach (var (code, text) in catalog.Entries)
            {
                if (!owners.TryAdd(code, owner))
                {
                    throw new InvalidOperationException($"The message code '{code}' is defined by both {owners[code]} and {owner}.");
                }

                all[code] = text;
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static IEnumerable<string> Codes => Catalog.Keys;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>The message for <paramref name="code"/> in the current UI language.</summary>
    public static string Format(string code, params object[] arguments) => FormatOr(code, null, arguments);

    public static string FormatOr(string code, string? fallback, IReadOnlyList<object>? arguments = null)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (!Catalog.TryGetValue(code, out var entry))
        {
            return fallback ?? code;
        }

        var template = IsEnglish(culture) ? entry.En : entry.Vi;
        return arguments is { Count: > 0 } ? string.Format(CultureInfo.InvariantCulture, template, [.. arguments]) : template;
    }

    /// <summary>Both texts of <paramref name="code"/> (the code itself where none is defined).</summary>
    public static (string Vi, string En) Bilingual(string code) => Catalog.TryGetValue(code, out var entry) ? entry : (code, code);

    public static string Title(int status)
    {
        if (!Titles.TryGetValue(status, out var entry))
        {
            return IsEnglish(CultureInfo.CurrentUICulture) ? "Error" : "Lỗi";
        }

        return IsEnglish(CultureInfo.CurrentUICulture) ? entry.En : entry.Vi;
    }
}
