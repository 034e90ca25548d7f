"""The corpus: requests typed as people type, and the notes the engine writes from them."""
