using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Documents.CreateDocument;

/// <summary>The fields of a register entry (POST creates it, PUT replaces them all).</summary>
/// <param name="OrganizationId">The organisation whose register holds it: the committee for a committee-wide document, a cell for its own.</param>
/// <param name="Number">Số hiệu, e.g. "20-CTr/ĐU" (up to 64 characters).</param>
/// <param name="IssuedOn">Date of issue (not in the future).</param>
/// <param name="Issuer">Issuing body, e.g. "Đảng ủy Sở".</param>
/// <param name="Kind">RESOLUTION, DIRECTIVE, REGULATION, INSTRUCTION, CONCLUSION, PROGRAMME, WORKING_RULES or OTHER.</param>
/// <param name="Title">Vietnamese title (trích yếu).</param>
/// <param name="TitleEn">English title, optional.</param>
public sealed record DocumentInput(
    [property: Required] Guid? OrganizationId,
    [property: Required] string? Number,
    [property: Required] DateOnly? IssuedOn,
    [property: Required] string? Issuer,
    [property: Required] DocumentKind? Kind,
    [property: Required] string? Title,
    string? TitleEn);

/// <summary>Registers a document.</summary>
public sealed record CreateDocumentCommand(DocumentInput Document) : ICommand<DocumentDto>;

internal static class DocumentInputRules
{
    public static void AddDocumentRules<T>(this AbstractValidator<T> validator, Func<T, DocumentInput> input, TimeProvider time)
    {
        validator.RuleFor(c => input(c).OrganizationId).NotEmpty().OverridePropertyName("organizationId");
        validator.RuleFor(c => input(c).Number).NotEmpty().MaximumLength(PartyDocument.NumberMaxLength).OverridePropertyName("number");
        validator.RuleFor(c => input(c).IssuedOn).NotNull().IsEventDate(time).OverridePropertyName("issuedOn");
        validator.RuleFor(c => input(c).Issuer).NotEmpty().MaximumLength(PartyDocument.IssuerMaxLength).OverridePropertyName("issuer");
        validator.RuleFor(c => input(c).Kind).NotNull().IsDefinedEnum().OverridePropertyName("kind");
        validator.RuleFor(c => input(c).Title).NotEmpty().MaximumLength(PartyDocument.TitleMaxLength).OverridePropertyName("title");
        validator.RuleFor(c => input(c).TitleEn).MaximumLength(PartyDocument.TitleMaxLength).OverridePropertyName("titleEn");
    }
}

public sealed class CreateDocumentValidator : AbstractValidator<CreateDocumentCommand>
{
    public CreateDocumentValidator(TimeProvider time) => this.AddDocumentRules(c => c.Document, time);
}

public sealed class CreateDocumentHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateDocumentCommand, DocumentDto>
{
    public async ValueTask<DocumentDto> Handle(CreateDocumentCommand command, CancellationToken cancellationToken)
    {
        var input = command.Document;
        var organization = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "document.organization_not_found", cancellationToken);
        await db.EnsureNumberFreeAsync(organization.Id, input.Issuer!, input.Number!, null, cancellationToken);
        var document = PartyDocument.Register(
            Ids.NewVersion7(time.GetUtcNow()), organization, input.Number!, input.IssuedOn!.Value, input.Issuer!, input.Kind!.Value, input.Title!, input.TitleEn);
        db.PartyDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document, organization.Name);
    }
}
