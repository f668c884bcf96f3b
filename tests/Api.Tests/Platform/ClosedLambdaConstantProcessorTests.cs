using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

#pragma warning disable EF9100 // ILiftableConstantProcessor is experimental in EF Core 10 (see ClosedLambdaConstantProcessor).

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12 (docs/read-path-performance.md "Session 24"): closed lambdas nested in a query's executor are compiled once
/// and held as constants, so that executing the query creates no delegate; a lambda that reads an enclosing parameter and
/// a quoted lambda are left alone, and results do not change.
/// </summary>
public sealed class ClosedLambdaConstantProcessorTests
{
    [Fact]
    public void A_closed_nested_lambda_becomes_a_constant_of_its_compiled_delegate_and_computes_the_same()
    {
        // x => Apply(y => y * 2, x): the inner lambda uses only its own parameter.
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var inner = Expression.Lambda<Func<int, int>>(Expression.Multiply(y, Expression.Constant(2)), y);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Invoke(inner, x), x);

        var rewritten = (Expression<Func<int, int>>)ClosedLambdaConstantProcessor.CompileClosedNestedLambdas(outer);

        var invoke = (InvocationExpression)rewritten.Body;
        invoke.Expression.ShouldBeAssignableTo<ConstantExpression>().Value.ShouldBeAssignableTo<Func<int, int>>();
        rewritten.Parameters.ShouldBe(outer.Parameters);
        rewritten.Compile()(21).ShouldBe(42);
    }

    [Fact]
    public void A_lambda_that_reads_an_enclosing_parameter_or_block_variable_is_left_inline()
    {
        // x => { var v = x + 1; return Apply(y => y + x, 1) + Apply(z => z + v, 1); }
        var x = Expression.Parameter(typeof(int), "x");
        var v = Expression.Variable(typeof(int), "v");
        var y = Expression.Parameter(typeof(int), "y");
        var z = Expression.Parameter(typeof(int), "z");
        var readsParameter = Expression.Lambda<Func<int, int>>(Expression.Add(y, x), y);
        var readsVariable = Expression.Lambda<Func<int, int>>(Expression.Add(z, v), z);
        var outer = Expression.Lambda<Func<int, int>>(
            Expression.Block(
                [v],
                Expression.Assign(v, Expression.Add(x, Expression.Constant(1))),
                Expression.Add(Expression.Invoke(readsParameter, Expression.Constant(1)), Expression.Invoke(readsVariable, Expression.Constant(1)))),
            x);

        var rewritten = (Expression<Func<int, int>>)ClosedLambdaConstantProcessor.CompileClosedNestedLambdas(outer);

        var sum = (BinaryExpression)((BlockExpression)rewritten.Body).Expressions[^1];
        ((InvocationExpression)sum.Left).Expression.ShouldBeSameAs(readsParameter);
        ((InvocationExpression)sum.Right).Expression.ShouldBeSameAs(readsVariable);
        rewritten.Compile()(10).ShouldBe(11 + 12);
    }

    [Fact]
    public void A_quoted_lambda_stays_an_expression_tree()
    {
        // () => Identity(Quote(s => s.Length)): the quoted lambda is a value of type Expression<Func<string, int>>.
        var s = Expression.Parameter(typeof(string), "s");
        var quoted = Expression.Lambda<Func<string, int>>(Expression.Property(s, nameof(string.Length)), s);
        var identity = typeof(ClosedLambdaConstantProcessorTests).GetMethod(nameof(Identity), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var outer = Expression.Lambda<Func<Expression<Func<string, int>>>>(Expression.Call(identity, Expression.Quote(quoted)));

        var rewritten = (Expression<Func<Expression<Func<string, int>>>>)ClosedLambdaConstantProcessor.CompileClosedNestedLambdas(outer);

        var tree = rewritten.Compile()();
        tree.Body.NodeType.ShouldBe(ExpressionType.MemberAccess);
        tree.Compile()("abc").ShouldBe(3);
    }

    [Fact]
    public async Task Both_providers_use_it_and_the_member_detail_runs_without_inline_lambdas_and_reads_the_same()
    {
        using var factory = new ApiFactory();
        var admin = factory.ClientAs("Admin", null, subject: "closed-lambdas");
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=5");

        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var first = await admin.GetAsync($"/api/v1/members/{id}");
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
            var again = await admin.GetAsync($"/api/v1/members/{id}");
            (await again.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(id);
        }

        // The detail's statement includes collections: its shaper held closed lambdas, compiled ahead (a process-wide count).
        ClosedLambdaConstantProcessor.Compiled.ShouldBeGreaterThan(0);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.GetService<ILiftableConstantProcessor>().ShouldBeOfType<ClosedLambdaConstantProcessor>();


        // The SQL Server registration (no server needed: nothing connects until a query runs).
        var services = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Default"] = "Server=127.0.0.1,1;Database=none;User Id=none;Password=none;TrustServerCertificate=True",
        }).Build();
        services.AddSingleton<IConfiguration>(configuration);
        PartyCommittee.Infrastructure.DependencyInjection.AddInfrastructure(services, configuration);
        var pool = services.BuildServiceProvider().GetRequiredService<IDbContextFactory<SqlServerAppDbContext>>();
        await using var sqlServer = await pool.CreateDbContextAsync();
        sqlServer.GetService<ILiftableConstantProcessor>().ShouldBeOfType<ClosedLambdaConstantProcessor>();
    }

    private static Expression<Func<string, int>> Identity(Expression<Func<string, int>> tree) => tree;
}
