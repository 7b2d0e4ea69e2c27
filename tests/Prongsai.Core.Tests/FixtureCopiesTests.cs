namespace Prongsai.Tests;

/// <summary>
/// tests/fixtures holds copies of the project's shared fixtures so that a clone of this repository alone runs every
/// test. Where ../shared/fixtures exists the copies must be byte-identical to it; on a bare clone they must exist.
/// </summary>
public class FixtureCopiesTests
{
    static readonly string[] SharedNames = [Fixtures.BanchangTextName, Fixtures.BanchangExpectedName];

    [Fact]
    public void The_copies_next_to_the_tests_exist_and_are_not_empty()
    {
        foreach (var name in SharedNames.Append("o42-banchang-2566.md"))
        {
            var copy = new FileInfo(Path.Combine(Fixtures.Folder, name));
            Assert.True(copy.Exists, $"{copy.FullName} is missing");
            Assert.True(copy.Length > 1000, $"{copy.FullName} holds only {copy.Length} bytes");
        }
    }

    [Fact]
    public void The_copies_in_the_repository_are_byte_identical_to_the_shared_fixtures_when_those_are_there()
    {
        var repository = Fixtures.RepositoryFolder();
        var shared = Fixtures.SharedFolder();
        foreach (var name in SharedNames)
        {
            var copy = File.ReadAllBytes(Path.Combine(repository, name));
            Assert.Equal(copy, File.ReadAllBytes(Path.Combine(Fixtures.Folder, name)));
            if (shared is null)
            {
                // A bare clone: nothing to compare with, the copies themselves are the fixtures.
                Console.WriteLine($"../shared/fixtures not found: {name} checked only against its copy in the output");
                continue;
            }

            Assert.True(File.ReadAllBytes(Path.Combine(shared, name)).SequenceEqual(copy), $"tests/fixtures/{name} differs from {shared}/{name}");
        }
    }

    [Fact]
    public void The_demo_seed_embedded_in_the_app_is_the_text_fixture()
    {
        var repository = Fixtures.RepositoryFolder();
        var seed = Path.Combine(repository, "..", "..", "src", "Prongsai", "Data", "Seed", Fixtures.BanchangTextName);
        Assert.True(File.ReadAllBytes(seed).SequenceEqual(File.ReadAllBytes(Fixtures.BanchangText)), $"{seed} differs from the fixture");
    }
}
