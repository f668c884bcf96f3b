using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Documents.CreateDocument;

namespace PartyCommittee.Application.Evaluation.Documents.UpdateDocument;

/// <summary>Replaces a register entry's fields; only an entry of an organisation in the caller's scope changes.</summary>
public sealed record UpdateDocumentCommand(Guid Id, long ExpectedVersion, DocumentInput Document) : ICommand<DocumentDto>;

public sealed class UpdateDocumentValidator : AbstractValidator<UpdateDocumentCommand>
{
    public UpdateDocumentValidator(TimeProvider time) => this.AddDocumentRules(c => c.Document, time);
}

public sealed class UpdateDocumentHandler(IAppDbContext db, IOrganizationScope scope)
    : ICommandHandler<UpdateDocumentCommand, DocumentDto>
{
    public async ValueTask<DocumentDto> Handle(UpdateDocumentCommand command, CancellationToken cancellationToken)
    {
        var (document, current) = await db.LoadDocumentVisibleAsync(scope, command.Id, tracking: true, cancellationToken);
        if (!await scope.CoversAsync(current.Path, cancellationToken))
        {
            // An entry of a register above the caller's scope is read, not changed: answered as missing.
            throw new NotFoundException("document.not_found", "Document", command.Id);
        }

        document.EnsureVersion(command.ExpectedVersion);
        var input = command.Document;
        var organization = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "document.organization_not_found", cancellationToken);
        var firstDisseminated = await (from md in db.MeetingDocuments
                                       join m in db.CellMeetings on md.MeetingId equals m.Id
                                       where md.DocumentId == document.Id
                                       orderby m.HeldOn
                                       select (DateOnly?)m.HeldOn).FirstOrDefaultAsync(cancellationToken);
        var firstCaughtUp = await db.DocumentCatchUps.Where(c => c.DocumentId == document.Id).OrderBy(c => c.ReceivedOn)
            .Select(c => (DateOnly?)c.ReceivedOn).FirstOrDefaultAsync(cancellationToken);
        var first = new[] { firstDisseminated, firstCaughtUp }.Where(d => d is not null).Min();
        await db.EnsureNumberFreeAsync(organization.Id, input.Issuer!, input.Number!, document.Id, cancellationToken);

        document.Change(organization, input.Number!, input.IssuedOn!.Value, input.Issuer!, input.Kind!.Value, input.Title!, input.TitleEn, first);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document, organization.Name);
    }
}
