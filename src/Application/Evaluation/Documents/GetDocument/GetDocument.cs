using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Evaluation.Documents.GetDocument;

public sealed record GetDocumentQuery(Guid Id) : IQuery<DocumentDto>;

public sealed class GetDocumentHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetDocumentQuery, DocumentDto>
{
    public async ValueTask<DocumentDto> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        var (document, organization) = await db.LoadDocumentVisibleAsync(scope, query.Id, tracking: false, cancellationToken);
        return DocumentDto.From(document, organization.Name);
    }
}
