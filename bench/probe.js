// probe.js is injected by the benchmark into every page, before the page's
// own scripts, through CDP (Page.addScriptToEvaluateOnNewDocument); the
// page's Content-Security-Policy does not apply to it. It only observes:
// it changes nothing in the page. Times are performance.now() values, in
// milliseconds since the page's time origin (the start of its navigation).
"use strict";
(() => {
  const bench = {};
  Object.defineProperty(window, "__bench", { value: bench });

  // afterPaint resolves with the time at which the browser has rendered the
  // frame that shows the DOM as it is now: a requestAnimationFrame callback
  // runs just before that frame's style, layout and paint, and a message
  // posted from it is handled right after them.
  bench.afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  // The time stamp of the first event of each type since the last
  // forgetEvents, taken in the capture phase on window, before any listener
  // of the page; and how long the page's listeners took for it: from then
  // until the event bubbles back up to window, after them.
  let firsts = {}, began = {}, handled = {};
  for (const type of ["change", "keydown", "click"]) {
    addEventListener(type, (e) => {
      if (type in firsts) return;
      firsts[type] = e.timeStamp;
      began[type] = performance.now();
    }, true);
    addEventListener(type, () => {
      if (type in began && !(type in handled)) handled[type] = performance.now() - began[type];
    });
  }
  bench.forgetEvents = () => {
    firsts = {};
    began = {};
    handled = {};
  };
  bench.firstEvent = (type) => firsts[type] ?? null;

  // arm starts timing one action. After each batch of DOM mutations in the
  // body it waits for the frame that shows them to be painted, then, if no
  // later batch came meanwhile, calls done(): the first time done() holds,
  // bench.timed resolves with {start, end, handled}: the time stamp of the
  // first event of type startEvent since arm, that paint, and how long the
  // page's listeners of that event ran (null if it never bubbled up). Checking only after
  // the paint keeps the cost of done() out of the time. (A page that
  // changed the DOM from its own requestAnimationFrame callback would be
  // timed one frame late; spantag changes it in its event handlers.)
  bench.arm = (startEvent, done) => {
    bench.forgetEvents();
    bench.timed = new Promise((resolve, reject) => {
      let batches = 0;
      const observer = new MutationObserver(() => {
        const batch = ++batches;
        bench.afterPaint().then((end) => {
          if (batch !== batches) return; // a later change has its own paint
          let ok;
          try {
            ok = done();
          } catch (err) {
            observer.disconnect();
            reject(err);
            return;
          }
          if (!ok) return;
          observer.disconnect();
          const start = firsts[startEvent];
          if (start === undefined) reject(new Error(`the page changed, but no ${startEvent} event came first`));
          else resolve({ start, end, handled: handled[startEvent] ?? null });
        });
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributeFilter: ["aria-busy"] });
    });
  };

  // marks counts the rendered span parts in #doc (ui.md: each carries
  // data-label), not the suggestions' (data-suggested), which the page
  // offers when it likes, e.g. once a selection has been labelled.
  bench.marks = () => document.querySelectorAll("#doc [data-label]:not([data-suggested])").length;

  // docLength is the length of #doc's text in UTF-16 units.
  bench.docLength = () => document.getElementById("doc").textContent.length;

  // docDrawn reports whether #doc holds its whole text, of length UTF-16
  // units: it is not aria-busy (drawn in steps), and only then is its text
  // read, which for a 60 MB document is a long task of its own.
  bench.docDrawn = (length) => {
    const doc = document.getElementById("doc");
    if (doc.getAttribute("aria-busy") === "true") return false;
    const start = performance.now();
    const drawn = doc.textContent.length === length;
    bench.probeTime.push({ start, end: performance.now() });
    return drawn;
  };

  // probeTime are the stretches the probe spent reading the page, which
  // the page's long tasks do not count (see longestTask).
  bench.probeTime = [];

  // longestTask is the longest main-thread task reported since the list
  // was last emptied, less the probe's own time in it, and empties both.
  bench.longestTask = () => {
    const own = (t) => bench.probeTime.reduce((sum, p) =>
      p.start >= t.start && p.end <= t.start + t.duration ? sum + (p.end - p.start) : sum, 0);
    const longest = Math.max(0, ...bench.longTasks.map((t) => t.duration - own(t)));
    bench.longTasks.length = 0;
    bench.probeTime.length = 0;
    return longest;
  };

  // longTasks are the main-thread tasks over 50 ms (the Long Tasks API).
  bench.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask" });

  // longFrames are the long animation frames (the Long Animation Frames
  // API: over 50 ms), kept to say what a long task was made of.
  bench.longFrames = [];
  new PerformanceObserver((list) => {
    bench.longFrames.push(...list.getEntries());
  }).observe({ type: "long-animation-frame" });

  // explainLongest describes the longest of longTasks: the scripts and the
  // rendering of the long animation frame it was part of, if any.
  bench.explainLongest = () => {
    if (bench.longTasks.length === 0) return "";
    const ms = (x) => `${Math.round(x)} ms`;
    const t = bench.longTasks.reduce((a, b) => (b.duration > a.duration ? b : a));
    const end = t.start + t.duration;
    const frame = bench.longFrames.find((f) => f.startTime < end && f.startTime + f.duration > t.start);
    const head = `a task of ${ms(t.duration)} at ${ms(t.start)}`;
    if (!frame) return `${head}, in no long animation frame: neither the page's scripts nor its rendering`;
    const frameEnd = frame.startTime + frame.duration;
    const scripts = [...frame.scripts].sort((a, b) => b.duration - a.duration).slice(0, 3).map((s) =>
      `${s.invoker || s.invokerType} ${ms(s.duration)}` + (s.forcedStyleAndLayoutDuration >= 1 ? ` (forced layout ${ms(s.forcedStyleAndLayoutDuration)})` : ""));
    const parts = [`scripts: ${scripts.join(", ") || "none"}`];
    if (frame.renderStart > 0) parts.push(`rendering ${ms(frameEnd - frame.renderStart)}`);
    if (frame.styleAndLayoutStart > 0) parts.push(`of it style, layout and paint ${ms(frameEnd - frame.styleAndLayoutStart)}`);
    return `${head}, in a frame of ${ms(frame.duration)}: ${parts.join("; ")}`;
  };

  // ready resolves once body[data-ready="1"] is set: at is when, painted
  // when the frame after it has been rendered.
  bench.ready = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.body?.dataset.ready !== "1") return;
      observer.disconnect();
      const at = performance.now();
      bench.afterPaint().then((painted) => resolve({ at, painted }));
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  });
})();
