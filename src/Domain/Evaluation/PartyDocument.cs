using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>
/// A document in the register of documents to disseminate (nghị quyết, chỉ thị, quy định, hướng dẫn…): its number,
/// date, issuer, kind and title. It belongs to the register of one organisation: an entry of the committee is
/// committee-wide (every cell under it disseminates it), an entry of a cell is that cell's own.
/// </summary>
public sealed class PartyDocument : AggregateRoot
{
    public const int NumberMaxLength = 64;
    public const int IssuerMaxLength = 256;
    public const int TitleMaxLength = 1000;

    private PartyDocument(Guid id, Guid organizationId, string number, DateOnly issuedOn, string issuer, DocumentKind kind, string title, string? titleEn)
        : base(id)
    {
        OrganizationId = organizationId;
        Number = number;
        IssuedOn = issuedOn;
        Issuer = issuer;
        Kind = kind;
        Title = title;
        TitleEn = titleEn;
    }

    /// <summary>The organisation whose register holds it (the committee: committee-wide).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>Số hiệu, e.g. "20-CTr/ĐU".</summary>
    public string Number { get; private set; }

    /// <summary>Ngày ban hành.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Cơ quan ban hành, e.g. "Đảng ủy Sở", "Ban Chấp hành Trung ương".</summary>
    public string Issuer { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>Trích yếu (Vietnamese title).</summary>
    public string Title { get; private set; }

    /// <summary>An English title, when one is kept.</summary>
    public string? TitleEn { get; private set; }

    /// <summary>Registers a document in <paramref name="organization"/>'s register, which must not be dissolved.</summary>
    public static PartyDocument Register(
        Guid id, PartyOrganization organization, string number, DateOnly issuedOn, string issuer, DocumentKind kind, string title, string? titleEn)
    {
        EnsureRegister(organization);
        return new PartyDocument(id, organization.Id, Clean(number), issuedOn, Clean(issuer), kind, Clean(title), CleanOptional(titleEn));
    }

    /// <summary>Replaces the fields; a document already disseminated keeps its issue date on or before those meetings.</summary>
    public void Change(
        PartyOrganization organization, string number, DateOnly issuedOn, string issuer, DocumentKind kind, string title, string? titleEn,
        DateOnly? firstDisseminatedOn)
    {
        if (organization.Id != OrganizationId)
        {
            EnsureRegister(organization);
        }

        if (firstDisseminatedOn is { } first && issuedOn > first)
        {
            throw new DomainRuleException(
                "document.issued_after_dissemination",
                "The document was disseminated before that issue date.",
                RuleViolationKind.Unprocessable,
                WireFormat.Date(first));
        }

        OrganizationId = organization.Id;
        Number = Clean(number);
        IssuedOn = issuedOn;
        Issuer = Clean(issuer);
        Kind = kind;
        Title = Clean(title);
        TitleEn = CleanOptional(titleEn);
    }

    private static void EnsureRegister(PartyOrganization organization)
    {
        if (organization.IsDissolved)
        {
            throw new DomainRuleException(
                "document.organization_dissolved", "A dissolved organisation keeps no register.", RuleViolationKind.Unprocessable, organization.Code);
        }
    }

    private static string Clean(string text) => VietnameseText.Clean(text);

    private static string? CleanOptional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);
}
