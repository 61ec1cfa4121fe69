using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Platform;

public static class RowLimits
{
    private static readonly MethodInfo _take = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo _constant = new Func<int, int>(EF.Constant).Method;

    /// <summary>
    /// <see cref="Queryable.Take{TSource}(IQueryable{TSource}, int)"/> with the number written into the SQL
    /// instead of sent as a parameter (EF Core makes every row limit a parameter). SQLite plans a page with
    /// a known limit as a bounded walk of its index: the relationship list's page cost a quarter less. Limits
    /// are few (page sizes 1–100, the counting caps), so each shape is compiled only a few times.
    /// </summary>
    public static IQueryable<T> TakeWritten<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            _take.MakeGenericMethod(typeof(T)),
            source.Expression,
            Expression.Call(_constant, Expression.Constant(count))));
}
