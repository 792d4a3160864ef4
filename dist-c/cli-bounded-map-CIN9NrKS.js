// dist/adapters/bounded-map.js
function createBoundedMap(max) {
	const entries = /* @__PURE__ */ new Map();
	return {
		get(key) {
			const value = entries.get(key);
			if (value === void 0) return void 0;
			entries.delete(key);
			entries.set(key, value);
			return value;
		},
		has: (key) => entries.has(key),
		delete(key) {
			entries.delete(key);
		},
		set(key, value) {
			entries.delete(key);
			entries.set(key, value);
			while (entries.size > max) {
				const oldest = entries.keys().next();
				if (oldest.done) break;
				entries.delete(oldest.value);
			}
		},
		get size() {
			return entries.size;
		}
	};
}
export { createBoundedMap as t };

//# sourceMappingURL=cli-bounded-map-CIN9NrKS.js.map