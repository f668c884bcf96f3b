using System.Collections.Frozen;

namespace PartyCommittee.Domain.Membership;

/// <summary>One of Viet Nam's 54 ethnic groups, with the code of the national list (Quyết định 121-TCTK/PPCĐ, 1979).</summary>
public sealed record Ethnicity(string Code, string NameVi, string NameEn);

public static class Ethnicities
{
    public const string Kinh = "01";
    public const string Khmer = "05";

    public static readonly IReadOnlyList<Ethnicity> All =
    [
        new("01", "Kinh", "Kinh"), new("02", "Tày", "Tay"), new("03", "Thái", "Thai"), new("04", "Hoa", "Hoa"),
        new("05", "Khơ-me", "Khmer"), new("06", "Mường", "Muong"), new("07", "Nùng", "Nung"), new("08", "Hmông", "Hmong"),
        new("09", "Dao", "Dao"), new("10", "Gia-rai", "Gia Rai"), new("11", "Ngái", "Ngai"), new("12", "Ê-đê", "E De"),
        new("13", "Ba-na", "Ba Na"), new("14", "Xơ-đăng", "Xo Dang"), new("15", "Sán Chay", "San Chay"), new("16", "Cơ-ho", "Co Ho"),
        new("17", "Chăm", "Cham"), new("18", "Sán Dìu", "San Diu"), new("19", "Hrê", "Hre"), new("20", "Mnông", "Mnong"),
        new("21", "Ra-glai", "Ra Glai"), new("22", "Xtiêng", "Xtieng"), new("23", "Bru-Vân Kiều", "Bru-Van Kieu"), new("24", "Thổ", "Tho"),
        new("25", "Giáy", "Giay"), new("26", "Cơ-tu", "Co Tu"), new("27", "Gié-Triêng", "Gie Trieng"), new("28", "Mạ", "Ma"),
        new("29", "Khơ-mú", "Kho Mu"), new("30", "Co", "Co"), new("31", "Tà-ôi", "Ta Oi"), new("32", "Chơ-ro", "Cho Ro"),
        new("33", "Kháng", "Khang"), new("34", "Xinh-mun", "Xinh Mun"), new("35", "Hà Nhì", "Ha Nhi"), new("36", "Chu-ru", "Chu Ru"),
        new("37", "Lào", "Lao"), new("38", "La Chí", "La Chi"), new("39", "La Ha", "La Ha"), new("40", "Phù Lá", "Phu La"),
        new("41", "La Hủ", "La Hu"), new("42", "Lự", "Lu"), new("43", "Lô Lô", "Lo Lo"), new("44", "Chứt", "Chut"),
        new("45", "Mảng", "Mang"), new("46", "Pà Thẻn", "Pa Then"), new("47", "Cơ Lao", "Co Lao"), new("48", "Cống", "Cong"),
        new("49", "Bố Y", "Bo Y"), new("50", "Si La", "Si La"), new("51", "Pu Péo", "Pu Peo"), new("52", "Brâu", "Brau"),
        new("53", "Ơ-đu", "O Du"), new("54", "Rơ-măm", "Ro Mam"),
    ];

    private static readonly FrozenDictionary<string, Ethnicity> ByCode = All.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Ethnicity? Find(string code) => ByCode.GetValueOrDefault(code);
}
