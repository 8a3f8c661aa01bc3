using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// A statement LINQ cannot say (an upsert with ON CONFLICT, a set-based update, a lock over a join), written with the
/// table and column names EF's model gives, so a renamed property or table changes the SQL with it. Declare each one
/// as a <c>static readonly</c> field in the service's <c>Infrastructure/Sql/</c>; values are positional parameters
/// (<c>{0}</c>, <c>{1}</c>), never spliced in. A test prepares every declared statement against the migrated schema
/// (tests/IntegrationTests/Persistence/ModelSqlTests), so SQL that no longer fits the model fails there.
/// </summary>
public sealed partial class ModelSql<TContext>(Func<SqlNames, string> write)
    where TContext : DbContext
{
    private readonly ConditionalWeakTable<IModel, string> _texts = [];

    /// <summary>The statement for this context's model, with <c>{n}</c> placeholders for the values.</summary>
    public string Text(TContext db) => _texts.GetValue(db.Model, model => write(new SqlNames(model)));

    public Task<int> ExecuteAsync(TContext db, CancellationToken cancellationToken, params object[] values) =>
        db.Database.ExecuteSqlRawAsync(Text(db), values, cancellationToken);

    /// <summary>Rows of an entity type, tracked like any query's.</summary>
    public IQueryable<TEntity> Query<TEntity>(TContext db, params object[] values)
        where TEntity : class => db.Set<TEntity>().FromSqlRaw(Text(db), values);

    /// <summary>Scalar or unmapped rows (a column named "Value" for a scalar).</summary>
    public IQueryable<TRow> Rows<TRow>(TContext db, params object[] values) =>
        db.Database.SqlQueryRaw<TRow>(Text(db), values);

    /// <summary>
    /// The statement as PostgreSQL's PREPARE takes it ($1, $2, ...), for the test that checks it fits.
    /// </summary>
    public string Preparable(TContext db) =>
        Placeholder().Replace(Text(db), m => "$" + (int.Parse(m.Groups[1].Value) + 1));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>Quoted table and column names as the EF model maps them.</summary>
public sealed class SqlNames(IModel model)
{
    public string Table<TEntity>() => Quote(Entity<TEntity>().GetTableName()!);

    public string Column<TEntity>(string property)
    {
        var entity = Entity<TEntity>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var column = (entity.FindProperty(property)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} maps no property {property}."))
            .GetColumnName(table);
        return Quote(column
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property} has no column."));
    }

    private IEntityType Entity<TEntity>() => model.FindEntityType(typeof(TEntity))
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in this model.");

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
