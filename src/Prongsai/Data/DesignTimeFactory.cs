using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Prongsai.Data;

/// <summary>
/// For `dotnet ef migrations add`: the migrations are generated once with SQLite, then every provider-specific
/// column type is removed by hand so that PostgreSQL maps each CLR type itself.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ProngsaiDb>
{
    public ProngsaiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ProngsaiDb>().UseSqlite("Data Source=design-time.db").Options);
}
