using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PartyCommittee.Application.Common.Paging;

/// <summary>
/// <c>Take(count)</c> with the count written into the statement (<see cref="EF.Constant{T}"/>) instead of a parameter:
/// SQLite's planner weighs walking an index in the list's order against reading and sorting only when it knows the
/// <c>LIMIT</c> (ADR 0059). One statement per page size (at most 100 texts).
/// </summary>
public static class ConstantTake
{
    public static IQueryable<T> TakeAsConstant<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), nameof(Queryable.Take), [typeof(T)], source.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));
}
