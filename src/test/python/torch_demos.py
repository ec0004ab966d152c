"""The workload of every gradcards demo (D01-D15, seed 0) in PyTorch, float64, CPU, to time it beside the Java trainer.

Same shapes, data sizes, steps, arms, full-batch SGD-momentum 0.9 / clipping / penalties / batch norm / dropout /
pre-training as the Java demos (spec/demos.md section 2), built with torch.nn and autograd. The data and the
initial weights come from torch's own generator, so the numbers are PyTorch's, not gradcards': this script times the
work, it does not check the metrics (the Java trainer's gradients are checked against autograd by ExportTest).

    python torch_demos.py first D05      # one fresh process: import torch (not timed), then time the first run
    python torch_demos.py warm D05 5     # the first run untimed, then the median of 5 more runs

Prints one line: "D05 first wall_ms 212.3 cpu_ms 208.1" (process CPU time: the measure to trust on a shared,
loaded machine). See README, "The trainer: speed".
"""
import math
import statistics
import sys
import time

import torch

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)


def spirals(n=128):
    g = torch.Generator().manual_seed(11)
    half = n // 2
    r = torch.arange(half, dtype=torch.float64) / half
    th = 3 * math.pi * r
    p = torch.stack([r * torch.cos(th), r * torch.sin(th)], 1)
    x = torch.cat([p, -p]) + 0.05 * torch.randn(n, 2, generator=g)
    y = torch.cat([torch.zeros(half, 1), torch.ones(half, 1)])
    return x, y


def teacher(n, d, flip, seed):
    g = torch.Generator().manual_seed(22 * 1000 + d)
    w1 = torch.randn(32, d, generator=g) / math.sqrt(d)
    w2 = torch.randn(32, generator=g) / math.sqrt(32)
    g2 = torch.Generator().manual_seed(seed)
    x = torch.randn(n, d, generator=g2)
    y = (torch.tanh(x @ w1.T) @ w2 > 0).double()
    f = torch.rand(n, generator=g2) < flip
    y = torch.where(f, 1 - y, y)
    return x, y.unsqueeze(1)


ACT = {"sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "relu": torch.nn.ReLU,
       "leaky_relu": lambda: torch.nn.LeakyReLU(0.01), "prelu": lambda: torch.nn.PReLU(init=0.25)}


def init_(w, kind, scale=1.0):
    out, inp = w.shape
    with torch.no_grad():
        if kind == "xavier":
            w.uniform_(-math.sqrt(6 / (inp + out)), math.sqrt(6 / (inp + out)))
        elif kind == "standard":
            w.uniform_(-1 / math.sqrt(inp), 1 / math.sqrt(inp))
        elif kind == "he":
            w.normal_(0, math.sqrt(2 / inp))
        else:
            w.normal_(0, kind)
        w.mul_(scale)


class Block(torch.nn.Module):
    def __init__(self, i, o, act, init, scale, bn, drop, residual):
        super().__init__()
        self.lin = torch.nn.Linear(i, o)
        init_(self.lin.weight, init, scale)
        torch.nn.init.zeros_(self.lin.bias)
        self.bn = torch.nn.BatchNorm1d(o) if bn else None
        self.act = ACT[act]() if act else None
        self.drop = torch.nn.Dropout(drop) if drop > 0 else None
        self.res = residual and i == o

    def forward(self, x):
        z = self.lin(x)
        if self.bn is not None:
            z = self.bn(z)
        y = self.act(z) if self.act is not None else z
        if self.drop is not None:
            y = self.drop(y)
        return x + y if self.res else y


def mlp(widths, act, init, scale=1.0, bn=False, drop=0.0, residual=False):
    n = len(widths) - 1
    return torch.nn.Sequential(*[Block(widths[l], widths[l + 1], act if l < n - 1 else None, init, scale,
                                       bn and l < n - 1, drop if l < n - 1 else 0.0, residual and l < n - 1)
                                 for l in range(n)])


def spiral_net(depth, width, act, init, **kw):
    return mlp([2] + [width] * (depth - 1) + [1], act, init, **kw)


BCE = torch.nn.functional.binary_cross_entropy_with_logits


def probe(net, x, y):
    """One training-mode forward/backward pass and the per-layer gradient norms (what a demo probe measures)."""
    net.zero_grad()
    acts = []
    def keep(module, inputs, out):
        out.retain_grad()
        acts.append(out)

    hooks = [b.lin.register_forward_hook(keep) for b in net]
    loss = BCE(net(x), y)
    loss.backward()
    for h in hooks:
        h.remove()
    return [b.lin.weight.grad.norm().item() for b in net], [a.grad.norm().item() for a in acts], loss.item()


def train(net, x, y, steps, lr, clip=0.0, l1=0.0, l2=0.0, loss_fn=BCE, every=None):
    opt = torch.optim.SGD(net.parameters(), lr=lr, momentum=0.9)
    weights = [b.lin.weight for b in net if isinstance(b, Block)]
    curve = []
    for step in range(steps + 1):
        opt.zero_grad()
        loss = loss_fn(net(x), y)
        loss.backward()
        curve.append(loss.item())
        if every:
            every(step)
        if not math.isfinite(curve[-1]) or step == steps:
            break
        if l1 or l2:
            with torch.no_grad():
                for w in weights:
                    w.grad += l2 * w + l1 * torch.sign(w)
        if clip:
            torch.nn.utils.clip_grad_norm_(net.parameters(), clip)
        opt.step()
    return curve


def d01():
    z = torch.linspace(-8, 8, 1601)
    s = torch.sigmoid(z)
    [(s * (1 - s)).max().item(), (1 - torch.tanh(z) ** 2).max().item(), len(set((z > 0).double().tolist()))]
    x, y = spirals()
    net = spiral_net(10, 32, "sigmoid", "xavier")
    probe(net, x, y)
    [torch.linalg.matrix_norm(b.lin.weight.detach(), 2).item() for b in net]
    xx = torch.tensor([[0., 0], [0, 1], [1, 0], [1, 1]])
    yy = torch.tensor([[0.], [1], [1], [0]])
    for w in ([2, 1], [2, 8, 1]):
        train(mlp(w, "tanh", "xavier"), xx, yy, 200, 0.5)


def probes(*nets, data=None):
    x, y = data or spirals()
    for n in nets:
        probe(n, x, y)


def d02():
    probes(spiral_net(10, 32, "sigmoid", "xavier"), spiral_net(10, 32, "relu", "he"))


def d03():
    probes(*[spiral_net(10, 32, "tanh", i) for i in ("xavier", 1.0, "standard")])


def d04():
    probes(spiral_net(10, 32, "relu", "he"), spiral_net(10, 32, "sigmoid", "xavier"))


def d05():
    x, y = teacher(256, 16, 0.0, 103)
    probe(mlp([16] + [32] * 5 + [1], "relu", "he"), x, y)
    for act in ("relu", "leaky_relu", "prelu"):
        net = mlp([16] + [32] * 5 + [1], act, "he")
        train(net, x, y, 50, 1.0, clip=1.0)
        probe(net, x, y)


def d06():
    probes(spiral_net(10, 32, "sigmoid", 0.01), spiral_net(10, 32, "relu", 0.01), spiral_net(10, 32, "relu", "he"))


def d07():
    probes(spiral_net(6, 64, "tanh", "standard"), spiral_net(6, 64, "tanh", "xavier"))


def d08():
    x, y = spirals()
    for init in ("xavier", "he"):
        net = spiral_net(30, 16, "relu", init)
        probe(net, x, y)
        train(net, x, y, 150, 0.02)


def d09():
    x, y = spirals()
    for bn in (False, True):
        net = spiral_net(10, 16, "sigmoid", "xavier", bn=bn)
        probe(net, x, y)
        train(net, x, y, 150, 0.1)


def teacher_sets():
    return teacher(100, 8, 0.15, 101), teacher(1000, 8, 0.15, 102)


def evaluate(net, x, y):
    net.eval()
    with torch.no_grad():
        out = net(x)
        r = BCE(out, y).item(), ((out > 0).double() == y).double().mean().item()
    net.train()
    return r


def d10():
    probes(spiral_net(10, 32, "sigmoid", "xavier"), spiral_net(10, 32, "sigmoid", "xavier", drop=0.5))
    (tx, ty), (vx, vy) = teacher_sets()
    for p in (0.0, 0.5):
        net = mlp([8, 32, 32, 1], "relu", "he", drop=p)
        train(net, tx, ty, 300, 0.02)
        evaluate(net, vx, vy)
        evaluate(net, tx, ty)


def d11():
    (tx, ty), (vx, vy) = teacher_sets()
    for l1, l2 in ((0, 0), (0, 1e-2), (1e-3, 0)):
        net = mlp([8, 32, 32, 1], "relu", "he")
        train(net, tx, ty, 300, 0.02, l1=l1, l2=l2)
        evaluate(net, vx, vy)
    x, y = spirals()
    for l2 in (0, 1e-2):
        net = spiral_net(10, 16, "sigmoid", "xavier")
        train(net, x, y, 100, 0.1, l2=l2)
        probe(net, x, y)


def d12():
    (tx, ty), (vx, vy) = teacher_sets()
    net = mlp([8, 32, 32, 1], "relu", "he")
    probe(net, tx, ty)
    train(net, tx, ty, 600, 0.002, every=lambda s: s % 10 == 0 and evaluate(net, vx, vy))
    evaluate(net, tx, ty)
    probe(net, tx, ty)


def d13():
    x, y = teacher(128, 16, 0.0, 104)
    widths = [16, 32, 32, 32, 32, 32, 1]
    rand = mlp(widths, "sigmoid", "standard")
    probe(rand, x, y)
    train(rand, x, y, 200, 2.0)
    pre = mlp(widths, "sigmoid", "standard")
    mse = torch.nn.functional.mse_loss
    for l in range(len(widths) - 2):
        with torch.no_grad():
            h = pre[:l](x) if l else x
        dec = torch.nn.Linear(widths[l + 1], widths[l])
        init_(dec.weight, "standard")
        torch.nn.init.zeros_(dec.bias)
        ae = torch.nn.Sequential(pre[l], dec)
        train(ae, h, h, 100, 1.0, loss_fn=mse)
    probe(pre, x, y)
    train(pre, x, y, 200, 2.0)


def d14():
    x, y = spirals()
    probes(spiral_net(10, 32, "relu", "he", scale=2.0), spiral_net(10, 32, "relu", "he"))
    for clip in (0.0, 1.0):
        train(spiral_net(10, 32, "relu", "he", scale=2.0), x, y, 100, 0.01, clip=clip)


def d15():
    probes(spiral_net(20, 32, "sigmoid", "xavier"), spiral_net(20, 32, "sigmoid", "xavier", residual=True))


DEMOS = {f"D{i:02d}": f for i, f in enumerate([d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13,
                                                 d14, d15], 1)}


def timed(f):
    """(wall ms, process CPU ms) of one run; the CPU time is the one to trust on a shared, loaded machine."""
    torch.manual_seed(0)
    t, c = time.perf_counter(), time.process_time()
    f()
    return (time.perf_counter() - t) * 1e3, (time.process_time() - c) * 1e3


if __name__ == "__main__":
    mode, demo = sys.argv[1], sys.argv[2]
    f = DEMOS[demo]
    if mode == "first":
        wall, cpu = timed(f)
    else:
        timed(f)
        runs = [timed(f) for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 5)]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    print(demo, mode, "wall_ms", round(wall, 1), "cpu_ms", round(cpu, 1))
