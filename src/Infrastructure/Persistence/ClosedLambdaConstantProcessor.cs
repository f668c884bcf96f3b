using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// EF Core's last step before it compiles a query's executor (<see cref="LiftableConstantProcessor.InlineConstants"/>, as the
/// relational providers do it),
/// followed by one more: every lambda nested in the executor that uses nothing from outside itself (its own parameters
/// and variables only) is compiled once, here, and the executor holds the delegate as a constant.
/// <para>
/// Why (issue 12, ADR 0054, docs/read-path-performance.md "Session 24"): since EF Core 9 the shaper passes lambdas inline to the
/// methods it calls per row, such as the collection include's <c>PopulateIncludeCollection</c> (efcore#35210, open), and
/// a compiled expression tree creates a delegate for an inline lambda with <c>DynamicMethod.CreateDelegate</c> every time
/// it evaluates it: ~7% of the member detail's CPU. A lambda with no free variables computes the same function wherever
/// it is created, so one delegate made at compilation serves every execution; a lambda that reads an enclosing
/// parameter or variable is left as it is, and so is a quoted lambda (an expression tree, not a delegate).
/// </para>
/// <para>
/// EF Core marks the liftable-constant processor experimental (EF9100): a change of its shape in an EF Core update breaks
/// the build here, not the queries; <c>ClosedLambdaConstantProcessorTests</c> checks that it is in use and that the
/// detail's results are unchanged.
/// </para>
/// </summary>
#pragma warning disable EF9100 // Experimental in EF Core 10: see the remarks.
public sealed class ClosedLambdaConstantProcessor(
    ShapedQueryCompilingExpressionVisitorDependencies dependencies,
    RelationalShapedQueryCompilingExpressionVisitorDependencies relationalDependencies,
    Microsoft.EntityFrameworkCore.Storage.RelationalCommandBuilderDependencies commandBuilderDependencies)
    : RelationalLiftableConstantProcessor(dependencies, relationalDependencies, commandBuilderDependencies)
{
    /// <summary>Nested lambdas compiled ahead since start (tests and diagnostics).</summary>
    public static long Compiled => Interlocked.Read(ref compiled);

    private static long compiled;

    public override Expression InlineConstants(Expression expression, bool supportsPrecompiledQuery) =>
        CompileClosedNestedLambdas(base.InlineConstants(expression, supportsPrecompiledQuery));

    /// <summary>
    /// <paramref name="expression"/> with each closed lambda nested in it (not the expression itself, when it is a
    /// lambda) replaced by a constant of its compiled delegate.
    /// </summary>
    public static Expression CompileClosedNestedLambdas(Expression expression) =>
        expression is LambdaExpression root
            ? Expression.Lambda(root.Type, new NestedLambdas().Visit(root.Body), root.Name, root.TailCall, root.Parameters)
            : new NestedLambdas().Visit(expression);

    /// <summary>Replaces closed nested lambdas by constants of their compiled delegates, innermost first.</summary>
    private sealed class NestedLambdas : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var visited = (Expression<T>)base.VisitLambda(node);
            if (!FreeVariables.IsClosed(visited))
            {
                return visited;
            }

            Interlocked.Increment(ref compiled);
            return Expression.Constant(visited.Compile(), typeof(T));
        }

        // A quoted lambda is a value of type Expression<T>: it stays an expression tree (its own nested lambdas may not).
        protected override Expression VisitUnary(UnaryExpression node) =>
            node.NodeType == ExpressionType.Quote && node.Operand is LambdaExpression quoted
                ? node.Update(Expression.Lambda(quoted.Type, Visit(quoted.Body), quoted.Name, quoted.TailCall, quoted.Parameters))
                : base.VisitUnary(node);
    }

    /// <summary>Whether an expression reads only parameters and variables it declares itself.</summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> declared = [];
        private bool free;

        public static bool IsClosed(LambdaExpression lambda)
        {
            var finder = new FreeVariables();
            finder.Visit(lambda);
            return !finder.free;
        }

        public override Expression? Visit(Expression? node) => free ? node : base.Visit(node);

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is not null)
            {
                declared.Add(node.Variable);
            }

            return base.VisitCatchBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            free |= !declared.Contains(node);
            return node;
        }
    }
}
#pragma warning restore EF9100
