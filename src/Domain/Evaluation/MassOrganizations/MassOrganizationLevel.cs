using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Evaluation.MassOrganizations;

/// <summary>
/// The positions of the mass organisations' rating scales, best first. Each organisation names them in its own words
/// (<see cref="MassOrganizationLevels.Label"/>): "vững mạnh xuất sắc / vững mạnh / khá / trung bình / yếu" in the older
/// scales, "hoàn thành xuất sắc / hoàn thành tốt / hoàn thành / không hoàn thành nhiệm vụ" in the newer ones. Which
/// positions a kind uses and which count as "strong" is a setting (<see cref="MassOrganizationScale"/>).
/// </summary>
public enum MassOrganizationLevel
{
    /// <summary>Vững mạnh xuất sắc / hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent = 1,

    /// <summary>Vững mạnh / hoàn thành tốt nhiệm vụ.</summary>
    Strong = 2,

    /// <summary>Khá / hoàn thành nhiệm vụ.</summary>
    Fair = 3,

    /// <summary>Trung bình.</summary>
    Average = 4,

    /// <summary>Yếu / không hoàn thành nhiệm vụ.</summary>
    Weak = 5,
}

/// <summary>
/// The scale of one kind of mass organisation: the levels it uses and those counted as "strong" for the target "100%
/// of mass organisations strong". A setting (configuration section <c>Evaluation:MassOrganizationRatings</c>): the
/// scales are set by each organisation's central body (Tổng Liên đoàn, Trung ương Đoàn, Hội LHPN, Hội CCB) and change
/// with their guidance; no text this session could quote confirms one, so none is a statutory rule book.
/// </summary>
/// <param name="Kind">The kind of mass organisation.</param>
/// <param name="Levels">Levels used, best first.</param>
/// <param name="Strong">Levels counted as strong.</param>
public sealed record MassOrganizationScale(MassOrganizationKind Kind, IReadOnlyList<MassOrganizationLevel> Levels, IReadOnlyList<MassOrganizationLevel> Strong)
{
    /// <summary>The default: the five positions; "vững mạnh xuất sắc" and "vững mạnh" count as strong.</summary>
    public static MassOrganizationScale Default(MassOrganizationKind kind) => new(
        kind,
        [MassOrganizationLevel.Excellent, MassOrganizationLevel.Strong, MassOrganizationLevel.Fair, MassOrganizationLevel.Average, MassOrganizationLevel.Weak],
        [MassOrganizationLevel.Excellent, MassOrganizationLevel.Strong]);

    public bool IsStrong(MassOrganizationLevel level) => Strong.Contains(level);
}

/// <summary>Labels of the mass-organisation levels.</summary>
public static class MassOrganizationLevels
{
    public static BilingualLabel Label(MassOrganizationLevel level) => level switch
    {
        MassOrganizationLevel.Excellent => new("Vững mạnh xuất sắc (hoàn thành xuất sắc nhiệm vụ)", "Excellent (strong with distinction)"),
        MassOrganizationLevel.Strong => new("Vững mạnh (hoàn thành tốt nhiệm vụ)", "Strong (good)"),
        MassOrganizationLevel.Fair => new("Khá (hoàn thành nhiệm vụ)", "Fair (completed)"),
        MassOrganizationLevel.Average => new("Trung bình", "Average"),
        _ => new("Yếu (không hoàn thành nhiệm vụ)", "Weak (not completed)"),
    };
}
