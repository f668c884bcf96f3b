using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, session 52: on SQLite the set-based writer inserts one row per statement execution (a prepared single-row
/// <c>INSERT … VALUES</c>, no statement journal). What the rows store is compared with EF's in
/// <c>MemberImportWriterEqualityTests</c>; here, what a row that breaks a constraint does: the engine's error as
/// Microsoft.Data.Sqlite reports it, the rows before it kept in the transaction, the connection usable after it.
/// </summary>
public sealed class SqliteBulkInsertTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_row_that_breaks_a_foreign_key_fails_with_the_engines_error_and_the_rows_before_it_stay_in_the_transaction()
    {
        var member = await factory.WithDbAsync(db => db.Set<PartyMember>().Select(m => m.Id).FirstAsync());
        var unknown = Guid.NewGuid();
        var outcome = await factory.WithDbAsync(async db =>
        {
            var type = db.Model.FindEntityType(typeof(MemberNameToken))!;
            var shape = new BulkInserts.InsertShape(
                db.GetService<ISqlGenerationHelper>(),
                type,
                [.. type.GetProperties().Select(BulkInserts.Column.Of)]);
            object?[] Row(string token, Guid memberId) => [.. shape.Columns.Select(c => c.Property.Name == nameof(MemberNameToken.Token) ? (object)token : memberId)];

            await using var transaction = await db.Database.BeginTransactionAsync();
            var connection = db.Database.GetDbConnection();
            var error = await Should.ThrowAsync<SqliteException>(() => BulkInserts.InsertAsync(
                connection, transaction.GetDbTransaction(), sqlite: true, shape, [Row("zz bulk one", member), Row("zz bulk two", unknown), Row("zz bulk three", member)], CancellationToken.None));

            // The first row is in the transaction, the failing row and those after it are not; the connection runs the next statement.
            var inTransaction = await db.Set<MemberNameToken>().Where(t => t.Token.StartsWith("zz bulk")).Select(t => t.Token).ToListAsync();
            var written = await BulkInserts.InsertAsync(
                connection, transaction.GetDbTransaction(), sqlite: true, shape, [Row("zz bulk four", member)], CancellationToken.None);
            await transaction.RollbackAsync();
            var afterRollback = await db.Set<MemberNameToken>().CountAsync(t => t.Token.StartsWith("zz bulk"));
            return (error.SqliteErrorCode, error.SqliteExtendedErrorCode, inTransaction, written, afterRollback);
        });

        outcome.SqliteErrorCode.ShouldBe(19); // SQLITE_CONSTRAINT
        outcome.SqliteExtendedErrorCode.ShouldBe(787); // SQLITE_CONSTRAINT_FOREIGNKEY
        outcome.inTransaction.ShouldBe(["zz bulk one"]);
        outcome.written.ShouldBe(1);
        outcome.afterRollback.ShouldBe(0);
    }
}
