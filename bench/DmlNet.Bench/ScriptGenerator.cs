using System.Globalization;
using System.Text;

namespace DmlNet.Bench;

/// <summary>Generates a long, valid DML script from varied blocks (functions, loops, matrix algebra, branches).</summary>
internal static class ScriptGenerator
{
    /// <summary>A script of at least <paramref name="lines"/> lines.</summary>
    public static string Generate(int lines)
    {
        var text = new StringBuilder();
        var block = 0;
        while (CountLines(text) < lines)
        {
            text.Append(Block(block++));
        }
        return text.ToString();
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }
        return count;
    }

    private static string Block(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return $$"""
            # block {{n}}: a gradient step of ridge regression with a helper function
            step{{n}} = function(matrix[double] X, matrix[double] y, matrix[double] w, double lambda = 0.01)
                return (matrix[double] w_new, double loss)
            {
              r = X %*% w - y
              g = t(X) %*% r / nrow(X) + lambda * w
              w_new = w - 0.1 * g
              loss = sum(r ^ 2) / (2 * nrow(X)) + lambda / 2 * sum(w ^ 2)
            }
            X{{n}} = rand(rows=100, cols=10, min=-1, max=1, seed={{n}})
            y{{n}} = X{{n}} %*% matrix(0.5, rows=10, cols=1) + rand(rows=100, cols=1, pdf="normal", seed={{n}})
            w{{n}} = matrix(0, rows=10, cols=1)
            loss{{n}} = 0.0
            for (it in 1:5) {
              [w{{n}}, loss{{n}}] = step{{n}}(X{{n}}, y{{n}}, w{{n}})
              if (loss{{n}} < 1e-6 & it > 2) {
                print("converged at " + it)
              } else {
                print("iteration " + it + ": loss=" + loss{{n}})
              }
            }
            m{{n}} = colMeans(X{{n}})
            s{{n}} = sqrt(colSums((X{{n}} - m{{n}}) ^ 2) / (nrow(X{{n}}) - 1))
            Z{{n}} = (X{{n}} - m{{n}}) / s{{n}}
            print("block {{n}}: " + sum(Z{{n}}[1:10, ]) + " " + as.scalar(w{{n}}[1, 1]))

            """;
    }
}
