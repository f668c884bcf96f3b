using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Documents;

/// <summary>A document of the register.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation whose register holds it (the committee: committee-wide).</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Number">Số hiệu, e.g. "20-CTr/ĐU".</param>
/// <param name="IssuedOn">Date of issue.</param>
/// <param name="Issuer">Issuing body, e.g. "Đảng ủy Sở".</param>
/// <param name="Kind">RESOLUTION, DIRECTIVE, REGULATION, INSTRUCTION, CONCLUSION, PROGRAMME, WORKING_RULES or OTHER.</param>
/// <param name="KindLabel">Display label of the kind.</param>
/// <param name="Title">Vietnamese title (trích yếu).</param>
/// <param name="TitleEn">English title, if kept.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record DocumentDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    string Number,
    DateOnly IssuedOn,
    string Issuer,
    DocumentKind Kind,
    BilingualLabel KindLabel,
    string Title,
    string? TitleEn,
    long Version) : IVersioned
{
    public static DocumentDto From(PartyDocument d, string organizationName) =>
        new(d.Id, d.OrganizationId, organizationName, d.Number, d.IssuedOn, d.Issuer, d.Kind, EvaluationLabels.Of(d.Kind), d.Title, d.TitleEn, d.Version);
}
