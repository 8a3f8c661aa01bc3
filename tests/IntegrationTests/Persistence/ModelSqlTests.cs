using System.Reflection;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Persistence;

/// <summary>
/// Every raw statement a service declares (a <c>static readonly ModelSql&lt;TContext&gt;</c> field,
/// docs/architecture.md) is prepared against the service's migrated schema: a statement that names a table, column or
/// type the model no longer has fails here, not in production.
/// </summary>
public class ModelSqlTests
{
    [Theory]
    [MemberData(nameof(MigrationTests.ServiceContexts), MemberType = typeof(MigrationTests))]
    public async Task Every_declared_statement_prepares_against_the_migrated_schema(Type contextType)
    {
        await using var database = new TestDatabase("it_sql");
        await using var db = MigrationTests.CreateContext(contextType, database.ConnectionString);
        await db.Database.MigrateAsync();
        // PREPARE and DEALLOCATE must share one session: a pooled connection is reset when it goes back to the pool.
        await db.Database.OpenConnectionAsync();

        var statements = Declared(contextType).ToList();
        var failures = new List<string>();
        foreach (var (name, text) in statements.Select(s => (s.Name, Text: Preparable(s.Statement, db))))
        {
            try
            {
                var prepare = "PREPARE model_sql_check AS " + text; // the statement is the code's own, not input
                await db.Database.ExecuteSqlRawAsync(prepare);
                await db.Database.ExecuteSqlRawAsync("DEALLOCATE model_sql_check");
            }
            catch (Exception ex) when (ex is Npgsql.PostgresException)
            {
                failures.Add($"{name}: {ex.Message}\n{text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Static ModelSql fields for this context anywhere in its service's assembly.</summary>
    internal static IEnumerable<(string Name, object Statement)> Declared(Type contextType)
    {
        var statementType = typeof(ModelSql<>).MakeGenericType(contextType);
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        return contextType.Assembly.GetTypes()
            .SelectMany(type => type.GetFields(statics).Select(field => (Type: type, Field: field)))
            .Where(found => found.Field.FieldType == statementType)
            .Select(found => ($"{found.Type.Name}.{found.Field.Name}", found.Field.GetValue(null)!));
    }

    private static string Preparable(object statement, DbContext db) =>
        (string)statement.GetType().GetMethod(nameof(ModelSql<DbContext>.Preparable))!.Invoke(statement, [db])!;
}
